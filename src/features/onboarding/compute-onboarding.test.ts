import { describe, expect, it } from "vitest";
import { computeOnboardingSteps, isRealBotAnswer, widgetSeenOutside, type OnboardingFacts } from "./compute-onboarding";

const empty: OnboardingFacts = {
  knowledgeEntries: 0,
  botMessages: [],
  outsidePages: [],
  widgetAllowedOrigins: [],
  slack: false,
  whatsapp: false,
  members: 1,
  invitations: 0,
  completedTestHandoffs: 0,
  marks: [],
};
const states = (facts: Partial<OnboardingFacts>) => Object.fromEntries(computeOnboardingSteps({ ...empty, ...facts }).map((step) => [step.id, step.state]));

describe("computeOnboardingSteps", () => {
  it("has every step to do in a new workspace", () => {
    expect(Object.values(states({}))).toEqual(["todo", "todo", "todo", "todo", "todo", "todo"]);
  });

  it("follows the data", () => {
    expect(
      states({
        knowledgeEntries: 2,
        botMessages: [{ metadata: { sources: [{ id: "k1" }], offerHuman: false } }],
        outsidePages: ["https://shop.example/cart"],
        widgetAllowedOrigins: [["https://shop.example"]],
        whatsapp: true,
        invitations: 1,
        completedTestHandoffs: 1,
      }),
    ).toEqual({ knowledge: "done", try_bot: "done", install_widget: "done", connect_channel: "done", invite_agents: "done", test_handoff: "done" });
  });

  it("counts a second member as invited agents", () => {
    expect(states({ members: 2 }).invite_agents).toBe("done");
  });

  it("takes the owner's latest tick or skip, only where the step allows it", () => {
    const marks = [
      { step: "install_widget", state: "done" },
      { step: "connect_channel", state: "skipped" },
      { step: "knowledge", state: "done" },
      { step: "test_handoff", state: "skipped" },
    ];
    expect(states({ marks })).toEqual(expect.objectContaining({ install_widget: "done", connect_channel: "skipped", knowledge: "todo", test_handoff: "todo" }));
    // Latest first: an undo after a skip wins.
    expect(states({ marks: [{ step: "connect_channel", state: "todo" }, { step: "connect_channel", state: "skipped" }] }).connect_channel).toBe("todo");
  });

  it("lets data beat a skip: a connected Slack is done, not skipped", () => {
    const step = computeOnboardingSteps({ ...empty, slack: true, marks: [{ step: "connect_channel", state: "skipped" }] }).find((item) => item.id === "connect_channel");
    expect(step).toEqual(expect.objectContaining({ state: "done", marked: false, detail: "Slack connected" }));
  });
});

describe("isRealBotAnswer", () => {
  it("is an answer from knowledge, not the 'I don't know' line or a failure", () => {
    expect(isRealBotAnswer({ sources: [{ id: "k1" }], offerHuman: false })).toBe(true);
    expect(isRealBotAnswer({ sources: [], offerHuman: true })).toBe(false);
    expect(isRealBotAnswer({ sources: [], offerHuman: false, failure: "timeout" })).toBe(false);
    expect(isRealBotAnswer(null)).toBe(false);
  });
});

describe("widgetSeenOutside", () => {
  it("needs a page on a website the widget allows", () => {
    expect(widgetSeenOutside(["https://shop.example/a"], [["https://shop.example"]])).toBe("https://shop.example");
    expect(widgetSeenOutside(["https://other.example/a"], [["https://shop.example"]])).toBeNull();
    expect(widgetSeenOutside(["https://any.example/a"], [[]])).toBe("https://any.example");
    expect(widgetSeenOutside(["not a url"], [[]])).toBeNull();
    expect(widgetSeenOutside(["https://shop.example/a"], [])).toBeNull();
  });
});
