// @vitest-environment happy-dom
import { h, render } from "preact";
import { describe, expect, it, vi } from "vitest";
import type { Chat } from "./chat";
import type { ChatState } from "./chat-types";
import { ChatContext } from "./context";
import type { FollowUp } from "./follow-up";
import { FollowUpCard } from "./follow-up-card";
import { translator } from "./i18n";
import { TRANSLATIONS } from "./locales/translations";
import { createTimeline, mergeMessages } from "./timeline";

function mount(follow: FollowUp, state: Partial<ChatState> = {}) {
  const chat = { rate: vi.fn(), submitLead: vi.fn() };
  const full = { locale: "en", open: true, lead: "idle", identity: null, timeline: createTimeline("c1"), ...state } as ChatState;
  const container = document.createElement("div");
  document.body.append(container);
  render(h(ChatContext.Provider, { value: { chat: chat as unknown as Chat, state: full, t: translator(full.strings ?? {}) } }, h(FollowUpCard, { follow })), container);
  return { chat, container };
}

const radios = (el: HTMLElement) => [...el.querySelectorAll<HTMLInputElement>('[role="radiogroup"] input[type="radio"]')];

describe("FollowUpCard", () => {
  it("rates with a labelled radio group: 1 star ... 5 stars, Submit once a star is picked", async () => {
    const { chat, container } = mount({ kind: "rating", status: "idle" });
    const group = container.querySelector('[role="radiogroup"]')!;
    expect(document.getElementById(group.getAttribute("aria-labelledby")!)?.textContent).toBe("How did we do?");
    expect(radios(container).map((radio) => radio.getAttribute("aria-label"))).toEqual(["1 star", "2 stars", "3 stars", "4 stars", "5 stars"]);
    expect(new Set(radios(container).map((radio) => radio.name)).size).toBe(1); // one group: arrow keys move within it
    const submit = container.querySelector<HTMLButtonElement>('button[type="submit"]')!;
    expect(submit.textContent).toBe("Submit");
    expect(submit.disabled).toBe(true);

    radios(container)[3]!.click();
    await Promise.resolve();
    container.querySelector("textarea")!.value = "Fast answer";
    container.querySelector("form")!.requestSubmit();
    expect(chat.rate).toHaveBeenCalledWith({ score: 4, comment: "Fast answer" });
  });

  it("uses the language's plural forms", () => {
    const { container } = mount({ kind: "rating", status: "idle" }, { locale: "fr", strings: TRANSLATIONS.fr });
    expect(radios(container).map((radio) => radio.getAttribute("aria-label"))).toEqual(["1 étoile", "2 étoiles", "3 étoiles", "4 étoiles", "5 étoiles"]);
  });

  it("thanks as a status message", () => {
    expect(mount({ kind: "rated" }).container.querySelector('[role="status"]')?.textContent).toBe("Thanks for your feedback");
    expect(mount({ kind: "leadSent", email: "li@example.test" }).container.textContent).toBe("Thanks — we'll email you at li@example.test.");
  });

  it("inline lead form: the question is prefilled with the visitor's last message", () => {
    const timeline = mergeMessages(createTimeline("c1"), [{ id: "m1", seq: 1, clientId: null, role: "visitor", body: "Do you ship to Chile?", author: null, createdAt: "" }]).timeline;
    const { container } = mount({ kind: "lead" }, { timeline });
    expect(container.querySelector<HTMLTextAreaElement>('textarea[name="question"]')?.value).toBe("Do you ship to Chile?");
    expect(container.querySelector<HTMLInputElement>('input[name="email"]')?.required).toBe(true);
  });
});
