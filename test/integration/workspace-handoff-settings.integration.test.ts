import { beforeAll, describe, expect, it } from "vitest";
import * as workspaceRoute from "@/app/api/workspace/route";
import { db } from "@/server/db";
import { addMember, signUpOwner, type TestAccount } from "../support/accounts";
import { call } from "../support/routes";

let owner: TestAccount;
let agent: TestAccount;

beforeAll(async () => {
  owner = await signUpOwner("ladder-owner", "Ladder Co");
  agent = await addMember(owner, "agent");
});

const patch = (account: TestAccount, body: unknown) => call(workspaceRoute.PATCH, "PATCH", "/api/workspace", { cookie: account.cookie, body });

describe("escalation and draft approval settings", () => {
  it("reads the defaults and saves new values", async () => {
    const initial = await call(workspaceRoute.GET, "GET", "/", { cookie: agent.cookie });
    expect(initial.body.settings).toEqual(
      expect.objectContaining({ escalationWidenAfterSecs: 60, escalationTimeoutMins: 5, draftApprovalReasons: [], draftApprovalTags: [], draftApprovalBelow: null }),
    );
    const saved = await patch(owner, {
      escalationWidenAfterSecs: 90,
      draftApprovalReasons: ["sensitive_topic", "vip_customer", "sensitive_topic"],
      draftApprovalTags: [" refunds ", "legal"],
      draftApprovalBelow: 0.4,
    });
    expect(saved.status).toBe(200);
    expect(saved.body.settings).toEqual(
      expect.objectContaining({ escalationWidenAfterSecs: 90, draftApprovalReasons: ["sensitive_topic", "vip_customer"], draftApprovalTags: ["refunds", "legal"], draftApprovalBelow: 0.4 }),
    );
    expect((await patch(owner, { draftApprovalBelow: null })).body.settings.draftApprovalBelow).toBeNull();
    expect((await patch(agent, { draftApprovalBelow: 0.5 })).status).toBe(403);
  });

  it("refuses unknown reasons, out-of-range values and a ladder that gives up before widening", async () => {
    expect((await patch(owner, { draftApprovalReasons: ["bored"] })).body.error.message).toMatch(/^draftApprovalReasons\.0:/);
    expect((await patch(owner, { draftApprovalBelow: 1.5 })).status).toBe(422);
    expect((await patch(owner, { escalationWidenAfterSecs: 5 })).status).toBe(422);
    const late = await patch(owner, { escalationWidenAfterSecs: 600, botName: "Changed" });
    expect(late.status).toBe(422);
    expect(late.body.error.message).toBe("escalationWidenAfterSecs: must be shorter than the escalation timeout (5 min = 300 s)");
    expect((await patch(owner, { escalationTimeoutMins: 1 })).status).toBe(422);
    const settings = await db.workspaceSettings.findUniqueOrThrow({ where: { organizationId: owner.organizationId } });
    expect(settings).toEqual(expect.objectContaining({ escalationWidenAfterSecs: 90, escalationTimeoutMins: 5, botName: "Baton Assistant" }));
    expect((await patch(owner, { escalationWidenAfterSecs: 600, escalationTimeoutMins: 15 })).status).toBe(200);
  });
});
