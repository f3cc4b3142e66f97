import { describe, expect, it } from "vitest";
import { emptyRule, fieldOfIssue, summarizeAction, toDraft } from "./rule-fields";

describe("summarizeAction", () => {
  it("reads like a sentence", () => {
    expect(summarizeAction({ type: "handoff", team: "Sales", priority: "high" })).toBe("Hand off · team Sales · high priority");
    expect(summarizeAction({ type: "tag", tags: ["refund", "vip"] })).toBe("Tag · #refund #vip");
  });
});

describe("toDraft", () => {
  it("parses the conditions and keeps only the fields the action type takes", () => {
    const values = { ...emptyRule(7), name: " Refunds ", actionType: "set_priority" as const, priority: "urgent" as const, team: "Sales" };
    expect(toDraft(values).draft).toEqual({
      name: "Refunds",
      reason: "explicit_request",
      enabled: true,
      position: 7,
      conditions: { keywords: { any: { en: ["*refund*", "chargeback"] } } },
      action: { type: "set_priority", priority: "urgent" },
    });
  });

  it("reports bad JSON, a missing team and a bad position before any request", () => {
    const { errors } = toDraft({ ...emptyRule(0), name: "x", conditions: "{ nope", actionType: "route_team", position: "-1" });
    expect(errors?.conditions).toMatch(/^Not valid JSON/);
    expect(errors?.team).toBeDefined();
    expect(errors?.position).toBeDefined();
    expect(toDraft({ ...emptyRule(0), name: "x", conditions: "[]" }).errors?.conditions).toMatch(/JSON object/);
  });
});

describe("fieldOfIssue", () => {
  it("maps a 422 path to a form field, also inside a back-test's { rule }", () => {
    expect(fieldOfIssue([{ path: "conditions.keywords", message: "needs an any or a none list" }])).toBe("conditions");
    expect(fieldOfIssue([{ path: "rule.action.team", message: "Required" }])).toBe("team");
    expect(fieldOfIssue([{ path: "limit" }])).toBeNull();
    expect(fieldOfIssue(undefined)).toBeNull();
  });
});
