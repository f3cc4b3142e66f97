import { describe, expect, it } from "vitest";
import { changedFields, describeConditions, moveRule, toInput, toValues } from "./rule-fields";
import type { RoutingRule } from "./types";

const rule: RoutingRule = {
  id: "r1",
  name: "Refunds",
  enabled: true,
  position: 0,
  reasons: ["sensitive_topic"],
  keywords: ["refund", "chargeback"],
  intents: [],
  languages: ["en"],
  tiers: [],
  teamId: "t1",
  team: { id: "t1", name: "Billing" },
};

describe("routing rule form", () => {
  it("reads comma lists, dropping blanks and repeats, and sends only what changed", () => {
    expect(changedFields(rule, toInput(toValues(rule)))).toEqual({});
    const values = { ...toValues(rule), keywords: "refund, , refund, invoice ", tiers: "vip", teamId: "t2" };
    expect(changedFields(rule, toInput(values))).toEqual({ keywords: ["refund", "invoice"], tiers: ["vip"], teamId: "t2" });
  });

  it("describes what a rule checks, in words", () => {
    expect(describeConditions(rule)).toEqual(["Escalated for Sensitive topic", "Mentions “refund” or “chargeback”", "Language is en"]);
    expect(describeConditions({ reasons: [], keywords: [], intents: [], languages: [], tiers: [] })).toEqual([]);
  });

  it("moves a rule one place, and not past either end", () => {
    expect(moveRule(["a", "b", "c"], "c", -1)).toEqual(["a", "c", "b"]);
    expect(moveRule(["a", "b", "c"], "a", 1)).toEqual(["b", "a", "c"]);
    expect(moveRule(["a", "b", "c"], "a", -1)).toEqual(["a", "b", "c"]);
    expect(moveRule(["a", "b", "c"], "x", 1)).toEqual(["a", "b", "c"]);
  });
});
