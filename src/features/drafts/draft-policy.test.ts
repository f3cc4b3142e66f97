import { describe, expect, it } from "vitest";
import { heldBecause, mayHold, policyFrom } from "./draft-policy";

const policy = policyFrom({ draftApprovalReasons: ["sensitive_topic"], draftApprovalTags: ["Refunds"], draftApprovalBelow: 0.5 });

describe("draft approval policy", () => {
  it("lets a confident answer on an ordinary topic through", () => {
    expect(heldBecause(policy, { reasonCodes: [], tags: ["shipping"], confidence: 0.9 })).toBeNull();
  });

  it("holds for a chosen reason, a chosen tag (any case) or low confidence, and says which", () => {
    expect(heldBecause(policy, { reasonCodes: ["sensitive_topic", "negative_sentiment"], tags: [], confidence: 0.9 })).toEqual({ reasons: ["sensitive_topic"] });
    expect(heldBecause(policy, { reasonCodes: [], tags: ["refunds"], confidence: 0.9 })).toEqual({ tags: ["refunds"] });
    expect(heldBecause(policy, { reasonCodes: [], tags: [], confidence: 0.3 })).toEqual({ belowConfidence: true });
  });

  it("holds nothing when the workspace has not configured approval", () => {
    const none = policyFrom(null);
    expect(mayHold(none)).toBe(false);
    expect(heldBecause(none, { reasonCodes: ["sensitive_topic"], tags: ["refunds"], confidence: 0 })).toBeNull();
    expect(mayHold(policy)).toBe(true);
  });
});
