import { describe, expect, it } from "vitest";
import { prepareText } from "../text/prepared";
import { composedRequest } from "./composed-request";

const composed = (text: string) => composedRequest(prepareText(text));

describe("composedRequest", () => {
  it.each([
    "can a human review my ticket please",
    "I'd prefer to sort this out with a person if that's ok",
    "can you pass this on to someone who can actually fix it? I'd like someone to help me",
    "Quisiera que un gestor me llamara",
    "Un humain peut-il m'aider s'il vous plaît ?",
    "Vorrei essere contattato da un consulente",
    "Könnte mich bitte ein Techniker zurückrufen?",
  ])("finds a person, an action and a wish in one clause: %s", (text) => {
    expect(composed(text)).not.toBeNull();
  });

  it.each([
    "my account got hacked, someone changed the password",
    "I've been a victim of a scam, someone convinced me to transfer £2,000",
    "Can a teacher help with homework in the premium plan?",
    "Do your teachers help with homework?",
    "My manager wants to talk about the renewal",
    "Spricht Ihr Personal Englisch?",
    "I don't need anyone to call me, thanks",
  ])("ignores statements, service questions and negations: %s", (text) => {
    expect(composed(text)).toBeNull();
  });
});
