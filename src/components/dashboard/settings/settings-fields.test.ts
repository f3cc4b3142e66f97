import { describe, expect, it } from "vitest";
import type { Workspace } from "@/components/api-types";
import { changedFields, toValues } from "./settings-fields";

const workspace = {
  id: "w1",
  name: "Northwind",
  slug: "northwind",
  role: "owner",
  settings: {
    timezone: "UTC",
    defaultLanguage: "en",
    botName: "Bot",
    confidenceThreshold: 0.24,
    escalationWidenAfterSecs: 60,
    escalationTimeoutMins: 5,
    missedChatTimeoutSecs: 180,
    leadCaptureAfterHours: true,
    draftApprovalReasons: ["vip_customer"],
    draftApprovalTags: ["refunds"],
    draftApprovalBelow: null,
  },
} as Workspace;

describe("settings form", () => {
  it("sends the escalation and draft approval fields that changed, typed for the API", () => {
    const saved = toValues(workspace);
    expect(changedFields(saved, saved)).toEqual({});
    const values = { ...saved, escalationWidenAfterSecs: "90", draftApprovalReasons: [...saved.draftApprovalReasons, "sensitive_topic" as const], draftApprovalTags: "refunds, legal, refunds", draftApprovalBelow: 0.5 };
    expect(changedFields(saved, values)).toEqual({ escalationWidenAfterSecs: 90, draftApprovalReasons: ["vip_customer", "sensitive_topic"], draftApprovalTags: ["refunds", "legal"], draftApprovalBelow: 0.5 });
    // The same tags in another order, or with extra spaces, are not a change.
    expect(changedFields(saved, { ...saved, draftApprovalTags: " refunds ," })).toEqual({});
  });

  it("fills in the schema's defaults for settings an older server does not send", () => {
    const { draftApprovalReasons: _omitted, ...older } = workspace.settings as unknown as Record<string, unknown>;
    const values = toValues({ ...workspace, settings: older } as unknown as Workspace);
    expect(values.draftApprovalReasons).toEqual([]);
    expect(toValues({ ...workspace, settings: null }).escalationWidenAfterSecs).toBe("60");
  });
});
