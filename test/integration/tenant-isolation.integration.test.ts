// Tenant isolation: a member of workspace B can never read or change workspace A's data through
// any route or socket. The route table below must name every route file under src/app/api:
// a new route without an entry here fails the first test, so each issue adds its routes.
import { readdirSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { io as connect, type Socket } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as healthRoute from "@/app/api/health/route";
import * as meRoute from "@/app/api/me/route";
import * as workspaceRoute from "@/app/api/workspace/route";
import * as switchRoute from "@/app/api/workspaces/switch/route";
import * as membersRoute from "@/app/api/workspace/members/route";
import * as memberRoute from "@/app/api/workspace/members/[memberId]/route";
import * as invitationsRoute from "@/app/api/workspace/invitations/route";
import * as invitationRoute from "@/app/api/workspace/invitations/[invitationId]/route";
import * as acceptRoute from "@/app/api/invitations/[invitationId]/accept/route";
import * as apiKeysRoute from "@/app/api/workspace/api-keys/route";
import * as apiKeyRoute from "@/app/api/workspace/api-keys/[apiKeyId]/route";
import * as auditRoute from "@/app/api/workspace/audit-log/route";
import * as v1WorkspaceRoute from "@/app/api/v1/workspace/route";
import * as widgetMessagesRoute from "@/app/api/widget/messages/route";
import * as knowledgeRoute from "@/app/api/knowledge/route";
import * as knowledgeEntryRoute from "@/app/api/knowledge/[entryId]/route";
import * as knowledgeExportRoute from "@/app/api/knowledge/export/route";
import * as v1KnowledgeRoute from "@/app/api/v1/knowledge/route";
import * as inboxesRoute from "@/app/api/inboxes/route";
import * as ruleRoute from "@/app/api/triggers/rules/[ruleId]/route";
import * as inboxRoute from "@/app/api/inboxes/[inboxId]/route";
import * as inboxSecretRoute from "@/app/api/inboxes/[inboxId]/identity-secret/route";
import * as v1ConversationsRoute from "@/app/api/v1/conversations/route";
import * as v1ConversationRoute from "@/app/api/v1/conversations/[conversationId]/route";
import * as v1MessagesRoute from "@/app/api/v1/conversations/[conversationId]/messages/route";
import { db } from "@/server/db";
import { randomUUID } from "node:crypto";
import { bearer, createWidgetInbox, startVisitor } from "../support/widget";
import { publishToWorkspace } from "@/server/publish";
import { createRealtimeServer, type RealtimeServer } from "@/server/realtime";
import { addMember, signUpOwner, uniqueEmail, type TestAccount } from "../support/accounts";
import { call } from "../support/routes";

let a: TestAccount;
let b: TestAccount;
let aAgentMemberId: string;
let aInvitationId: string;
let aApiKeyId: string;
let bApiKey: string;
let aEntryId: string;

beforeAll(async () => {
  a = await signUpOwner("tenant-a", "Workspace A");
  b = await signUpOwner("tenant-b", "Workspace B");
  const agent = await addMember(a, "agent");
  aAgentMemberId = (await db.member.findFirstOrThrow({ where: { userId: agent.userId, organizationId: a.organizationId } })).id;
  const invitation = await call(invitationsRoute.POST, "POST", "/", { cookie: a.cookie, body: { email: uniqueEmail("a-invitee"), role: "agent" } });
  aInvitationId = invitation.body.id;
  aApiKeyId = (await call(apiKeysRoute.POST, "POST", "/", { cookie: a.cookie, body: { name: "A key" } })).body.id;
  bApiKey = (await call(apiKeysRoute.POST, "POST", "/", { cookie: b.cookie, body: { name: "B key" } })).body.key;
  aEntryId = (await call(knowledgeRoute.POST, "POST", "/", { cookie: a.cookie, body: { title: "A's secret question", answer: "A's secret answer" } })).body.id;
});

/** Every exported handler of every route file, and what the test proves for it. */
const ROUTES: Record<string, string> = {
  "GET /api/health": "public, no tenant data",
  "GET /api/auth/[...all]": "identity only (the caller's own session); no workspace data",
  "POST /api/auth/[...all]": "identity only; sign-up through it is closed (workspaces test)",
  "POST /api/signup": "creates a new account and workspace; touches no existing tenant",
  "GET /api/me": "lists only the caller's workspaces",
  "POST /api/workspaces": "creates a workspace owned by the caller",
  "POST /api/workspaces/switch": "404 for A's id",
  "GET /api/workspace": "returns B's workspace",
  "PATCH /api/workspace": "changes only B",
  "GET /api/workspace/members": "only B's members",
  "PATCH /api/workspace/members/[memberId]": "404 for A's member",
  "DELETE /api/workspace/members/[memberId]": "404 for A's member",
  "GET /api/workspace/invitations": "only B's invitations",
  "POST /api/workspace/invitations": "creates in B only",
  "DELETE /api/workspace/invitations/[invitationId]": "404 for A's invitation",
  "GET /api/invitations/[invitationId]": "the link is the capability; shows only name and role",
  "POST /api/invitations/[invitationId]/accept": "403 for an invitation addressed to someone else",
  "GET /api/workspace/api-keys": "only B's keys",
  "POST /api/workspace/api-keys": "creates in B only",
  "DELETE /api/workspace/api-keys/[apiKeyId]": "404 for A's key",
  "GET /api/workspace/audit-log": "only B's entries",
  "GET /api/v1/workspace": "B's key sees B's workspace",
  "POST /api/widget/session": "the public key picks the workspace; the origin is checked",
  "GET /api/widget/messages": "only the token's own visitor's conversation",
  "POST /api/widget/messages": "writes only to the token's own visitor's conversation",
  "POST /api/widget/handoff": "queues only the token's own visitor's conversation",
  "POST /api/widget/identify": "updates only the token's own contact",
  "POST /api/widget/lead": "writes only to the token's own visitor's conversation",
  "GET /api/knowledge": "only B's entries",
  "POST /api/knowledge": "creates in B only",
  "GET /api/knowledge/[entryId]": "404 for A's entry",
  "PATCH /api/knowledge/[entryId]": "404 for A's entry",
  "DELETE /api/knowledge/[entryId]": "404 for A's entry",
  "POST /api/knowledge/import": "imports into B only",
  "GET /api/knowledge/export": "only B's entries",
  "GET /api/v1/knowledge": "B's key lists B's entries",
  "POST /api/v1/knowledge/import": "B's key imports into B",
  "GET /api/v1/openapi.json": "public document, no tenant data",
  "GET /api/triggers/rules": "only B's rules",
  "POST /api/triggers/rules": "creates in B only",
  "PATCH /api/triggers/rules/[ruleId]": "404 for A's rule",
  "DELETE /api/triggers/rules/[ruleId]": "404 for A's rule",
  "POST /api/triggers/simulate": "runs B's rules only",
  "POST /api/triggers/backtest": "replays B's conversations only",
  "POST /api/v1/triggers/simulate": "B's key runs B's rules",
  "GET /api/inboxes": "only B's inboxes",
  "POST /api/inboxes": "creates in B only",
  "PATCH /api/inboxes/[inboxId]": "404 for A's inbox",
  "POST /api/inboxes/[inboxId]/identity-secret": "404 for A's inbox",
  "GET /api/v1/conversations": "B's key lists B's conversations",
  "GET /api/v1/conversations/[conversationId]": "404 for A's conversation",
  "GET /api/v1/conversations/[conversationId]/messages": "404 for A's conversation",
  "POST /api/v1/conversations/[conversationId]/messages": "404 for A's conversation, nothing written",
  "POST /api/widget/csat": "rates only the token's own visitor's conversation (404 otherwise)",
  "GET /api/inbox/conversations": "lists only B's conversations",
  "GET /api/inbox/conversations/[conversationId]": "404 for A's conversation",
  "GET /api/inbox/conversations/[conversationId]/messages": "404 for A's conversation",
  "POST /api/inbox/conversations/[conversationId]/messages": "404 for A's conversation, nothing written",
  "POST /api/inbox/conversations/[conversationId]/claim": "404 for A's conversation, unchanged",
  "POST /api/inbox/conversations/[conversationId]/transfer": "404 for A's conversation and A's team",
  "POST /api/inbox/conversations/[conversationId]/handback": "404 for A's conversation",
  "POST /api/inbox/conversations/[conversationId]/resolve": "404 for A's conversation, unchanged",
  "POST /api/inbox/conversations/[conversationId]/reopen": "404 for A's conversation",
  "POST /api/inbox/conversations/[conversationId]/read": "404 for A's conversation",
  "POST /api/inbox/drafts/[draftId]/approve": "404 for A's draft, nothing sent",
  "POST /api/inbox/drafts/[draftId]/reject": "404 for A's draft",
  "GET /api/inbox/agents": "only B's agents and teams",
  "GET /api/inbox/me": "the caller's own profile in B",
  "PATCH /api/inbox/me": "changes only the caller's membership in B",
  "GET /api/teams": "only B's teams (teams test)",
  "POST /api/teams": "creates in B only",
  "GET /api/teams/[teamId]": "404 for A's team (teams test)",
  "PATCH /api/teams/[teamId]": "404 for A's team (teams test)",
  "DELETE /api/teams/[teamId]": "404 for A's team (teams test)",
  "POST /api/teams/[teamId]/members": "404 for A's team or A's member (teams test)",
  "DELETE /api/teams/[teamId]/members/[userId]": "404 for A's team (teams test)",
  "GET /api/routing-rules": "only B's rules (routing-rules test)",
  "POST /api/routing-rules": "creates in B only; A's team is 404",
  "PATCH /api/routing-rules/[ruleId]": "404 for A's rule (routing-rules test)",
  "DELETE /api/routing-rules/[ruleId]": "404 for A's rule (routing-rules test)",
  "POST /api/routing-rules/reorder": "only B's rules; A's ids are refused",
  "GET /api/business-hours": "only B's schedules (business-hours test)",
  "POST /api/business-hours": "creates in B only",
  "GET /api/business-hours/[scheduleId]": "404 for A's schedule (business-hours test)",
  "PATCH /api/business-hours/[scheduleId]": "404 for A's schedule (business-hours test)",
  "DELETE /api/business-hours/[scheduleId]": "404 for A's schedule (business-hours test)",
  "GET /api/canned-responses": "only B's responses (canned-responses test)",
  "POST /api/canned-responses": "creates in B only",
  "PATCH /api/canned-responses/[responseId]": "404 for A's response (canned-responses test)",
  "DELETE /api/canned-responses/[responseId]": "404 for A's response (canned-responses test)",
  "GET /api/slack": "only B's connection, channels and teams (slack-connect test)",
  "PATCH /api/slack": "changes only B's connection (slack-connect test)",
  "DELETE /api/slack": "disconnects only B's connection (slack-connect test)",
  "POST /api/slack/manual": "connects B only; the token is checked with Slack (slack-connect test)",
  "POST /api/slack/oauth/start": "a state bound to B and the caller (slack-connect test)",
  "GET /api/slack/oauth/callback": "A's state refused for B, single use (slack-connect test)",
  "POST /api/slack/channels": "B's connection only; A's team is 404 (slack-connect test)",
  "PATCH /api/slack/channels/[slackChannelId]": "404 for A's channel, unchanged (slack-connect test)",
  "DELETE /api/slack/channels/[slackChannelId]": "404 for A's channel (slack-connect test)",
  "POST /api/slack/events": "signed by the app or the install's own secret (401 otherwise); acts only on installs that secret belongs to (slack tests)",
  "POST /api/slack/interactions": "signed (401 otherwise); the thread, not the button, names the workspace (slack tests)",
  "GET /api/whatsapp/accounts": "only B's numbers (whatsapp test)",
  "POST /api/whatsapp/accounts": "creates in B only; A's inbox id is 404",
  "PATCH /api/whatsapp/accounts/[accountId]": "404 for A's number, unchanged (whatsapp test)",
  "DELETE /api/whatsapp/accounts/[accountId]": "404 for A's number (whatsapp test)",
  "GET /api/whatsapp/agents": "only B's members with numbers",
  "GET /api/whatsapp/me": "the caller's own number only",
  "PUT /api/whatsapp/me": "changes only the caller's own number",
  "GET /api/whatsapp/webhook/[accountId]": "Meta's handshake: the account's own verify token only",
  "POST /api/whatsapp/webhook/[accountId]": "signed with the account's app secret (401 otherwise); routed only to that workspace's numbers (whatsapp test)",
  "GET /api/webhooks": "only B's endpoints, never a secret (webhooks test)",
  "POST /api/webhooks": "creates in B only",
  "PATCH /api/webhooks/[endpointId]": "404 for A's endpoint, unchanged (webhooks test)",
  "DELETE /api/webhooks/[endpointId]": "404 for A's endpoint (webhooks test)",
  "POST /api/webhooks/[endpointId]/test": "404 for A's endpoint, nothing sent (webhooks test)",
  "GET /api/webhooks/[endpointId]/deliveries": "404 for A's endpoint (webhooks test)",
  "POST /api/webhooks/[endpointId]/deliveries/[deliveryId]/redeliver": "404 for A's delivery (webhooks test)",
  "GET /api/audit": "only B's entries (webhooks-audit test)",
  "GET /api/onboarding": "computed from B's data only (onboarding test)",
  "PATCH /api/onboarding": "dismisses B's checklist only (onboarding test)",
  "POST /api/onboarding/steps/[stepId]": "marks B's step only; the step id names no row (onboarding test)",
  "POST /api/onboarding/sample-knowledge": "adds entries to B only (onboarding test)",
  "POST /api/onboarding/test-handoff": "creates and escalates a test conversation in B only (onboarding test)",
  "GET /api/analytics": "only B's figures; A's inbox id counts nothing (analytics test)",
  "GET /api/analytics/knowledge-gaps": "only B's questions (analytics test)",
  "GET /api/analytics/export": "only B's figures (analytics test)",
};

describe("tenant isolation", () => {
  it("the table covers every route that exists", async () => {
    const found: string[] = [];
    const files = readdirSync("src/app/api", { recursive: true, encoding: "utf8" })
      .filter((file) => file.endsWith("route.ts"))
      .map((file) => `src/app/api/${file}`);
    for (const file of files) {
      const path = "/" + file.replace(/^src\/app\//, "").replace(/\/route\.ts$/, "");
      const module = await import(/* @vite-ignore */ `${process.cwd()}/${file}`);
      for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"]) if (module[method]) found.push(`${method} ${path}`);
    }
    expect(found.sort()).toEqual(Object.keys(ROUTES).sort());
  });

  it("B cannot see A's workspace, members, invitations, keys or audit log", async () => {
    const aIds = [a.organizationId, aAgentMemberId, aInvitationId, aApiKeyId, a.email, aEntryId, "A's secret"];
    const reads = [
      await call(meRoute.GET, "GET", "/api/me", { cookie: b.cookie }),
      await call(workspaceRoute.GET, "GET", "/api/workspace", { cookie: b.cookie }),
      await call(membersRoute.GET, "GET", "/api/workspace/members", { cookie: b.cookie }),
      await call(invitationsRoute.GET, "GET", "/api/workspace/invitations", { cookie: b.cookie }),
      await call(apiKeysRoute.GET, "GET", "/api/workspace/api-keys", { cookie: b.cookie }),
      await call(auditRoute.GET, "GET", "/api/workspace/audit-log", { cookie: b.cookie }),
      await call(v1WorkspaceRoute.GET, "GET", "/api/v1/workspace", { headers: { authorization: `Bearer ${bApiKey}` } }),
      await call(healthRoute.GET, "GET", "/api/health"),
      await call(knowledgeRoute.GET, "GET", "/api/knowledge", { cookie: b.cookie }),
      await call(knowledgeExportRoute.GET, "GET", "/api/knowledge/export?format=jsonl", { cookie: b.cookie }),
      await call(v1KnowledgeRoute.GET, "GET", "/api/v1/knowledge", { headers: { authorization: `Bearer ${bApiKey}` } }),
    ];
    for (const response of reads) {
      expect(response.status).toBe(200);
      const text = JSON.stringify(response.body);
      for (const id of aIds) expect(text).not.toContain(id);
    }
  });

  it("B gets 404 for every one of A's ids and A is unchanged", async () => {
    const attempts = [
      await call(switchRoute.POST, "POST", "/", { cookie: b.cookie, body: { organizationId: a.organizationId } }),
      await call(memberRoute.PATCH, "PATCH", "/", { cookie: b.cookie, params: { memberId: aAgentMemberId }, body: { role: "admin" } }),
      await call(memberRoute.DELETE, "DELETE", "/", { cookie: b.cookie, params: { memberId: aAgentMemberId } }),
      await call(invitationRoute.DELETE, "DELETE", "/", { cookie: b.cookie, params: { invitationId: aInvitationId } }),
      await call(apiKeyRoute.DELETE, "DELETE", "/", { cookie: b.cookie, params: { apiKeyId: aApiKeyId } }),
      await call(knowledgeEntryRoute.GET, "GET", "/", { cookie: b.cookie, params: { entryId: aEntryId } }),
      await call(knowledgeEntryRoute.PATCH, "PATCH", "/", { cookie: b.cookie, params: { entryId: aEntryId }, body: { answer: "hacked" } }),
      await call(knowledgeEntryRoute.DELETE, "DELETE", "/", { cookie: b.cookie, params: { entryId: aEntryId } }),
    ];
    expect(attempts.map((response) => response.status)).toEqual([404, 404, 404, 404, 404, 404, 404, 404]);
    expect((await db.knowledgeEntry.findUniqueOrThrow({ where: { id: aEntryId } })).answer).toBe("A's secret answer");

    const accept = await call(acceptRoute.POST, "POST", "/", { cookie: b.cookie, params: { invitationId: aInvitationId } });
    expect(accept.status).toBe(403);

    await call(workspaceRoute.PATCH, "PATCH", "/", { cookie: b.cookie, body: { name: "B renamed" } });
    expect((await db.organization.findUniqueOrThrow({ where: { id: a.organizationId } })).name).toBe("Workspace A");
    expect((await db.member.findUniqueOrThrow({ where: { id: aAgentMemberId } })).role).toBe("agent");
    expect((await db.invitation.findUniqueOrThrow({ where: { id: aInvitationId } })).status).toBe("pending");
    expect((await db.apiKey.findUniqueOrThrow({ where: { id: aApiKeyId } })).revokedAt).toBeNull();
    expect(await db.member.count({ where: { organizationId: a.organizationId, userId: b.userId } })).toBe(0);
  });

  it("a visitor of B's widget never sees A's conversations, nor B's API key", async () => {
    const inboxA = await createWidgetInbox(a.organizationId);
    const inboxB = await createWidgetInbox(b.organizationId);
    const visitorA = await startVisitor(inboxA.publicKey);
    const sentA = await call(widgetMessagesRoute.POST, "POST", "/", { headers: bearer(visitorA.token), body: { clientId: randomUUID(), text: "secret of A" } });
    const aConversationId = sentA.body.message.conversationId;
    const bKey = { authorization: `Bearer ${bApiKey}` };
    const listed = await call(v1ConversationsRoute.GET, "GET", "/api/v1/conversations", { headers: bKey });
    expect(JSON.stringify(listed.body)).not.toContain(aConversationId);
    const probes = [
      await call(v1ConversationRoute.GET, "GET", "/", { headers: bKey, params: { conversationId: aConversationId } }),
      await call(v1MessagesRoute.GET, "GET", "/", { headers: bKey, params: { conversationId: aConversationId } }),
      await call(v1MessagesRoute.POST, "POST", "/", { headers: bKey, params: { conversationId: aConversationId }, body: { text: "injected" } }),
    ];
    const aRule = await db.triggerRule.findFirstOrThrow({ where: { organizationId: a.organizationId } });
    probes.push(
      await call(ruleRoute.PATCH, "PATCH", "/", { cookie: b.cookie, params: { ruleId: aRule.id }, body: { enabled: false } }),
      await call(ruleRoute.DELETE, "DELETE", "/", { cookie: b.cookie, params: { ruleId: aRule.id } }),
      await call(inboxRoute.PATCH, "PATCH", "/", { cookie: b.cookie, params: { inboxId: inboxA.id }, body: { name: "taken" } }),
      await call(inboxSecretRoute.POST, "POST", "/", { cookie: b.cookie, params: { inboxId: inboxA.id } }),
    );
    expect(probes.map((response) => response.status)).toEqual([404, 404, 404, 404, 404, 404, 404]);
    expect((await db.triggerRule.findUniqueOrThrow({ where: { id: aRule.id } })).enabled).toBe(true);
    const { POST: backtest } = await import("@/app/api/triggers/backtest/route");
    const replay = await call(backtest, "POST", "/", {
      cookie: b.cookie,
      body: { rule: { name: "all", reason: "sensitive_topic", enabled: true, position: 0, conditions: { keywords: { any: { en: ["*secret*"] } } }, action: { type: "handoff" } }, limit: 1000 },
    });
    expect(JSON.stringify(replay.body)).not.toContain("secret of A");
    expect((await db.inbox.findUniqueOrThrow({ where: { id: inboxA.id } })).name).toBe("Website");
    const bInboxes = await call(inboxesRoute.GET, "GET", "/", { cookie: b.cookie });
    expect(JSON.stringify(bInboxes.body)).not.toContain(inboxA.publicKey);
    expect(await db.message.count({ where: { conversationId: aConversationId, body: "injected" } })).toBe(0);
    const visitorB = await startVisitor(inboxB.publicKey);
    const read = await call(widgetMessagesRoute.GET, "GET", "/api/widget/messages?after=0", { headers: bearer(visitorB.token) });
    expect(read.status).toBe(200);
    expect(JSON.stringify(read.body)).not.toContain("secret of A");
    // A visitor id from A's widget does not open a session on B's widget.
    const crossed = await startVisitor(inboxB.publicKey, "https://shop.example", visitorA.visitorId);
    expect(crossed.visitorId).not.toBe(visitorA.visitorId);
  });

  it("B's agents cannot read, claim, answer, move or close A's conversations, drafts or teams", async () => {
    const inbox = await createWidgetInbox(a.organizationId);
    const visitor = await startVisitor(inbox.publicKey);
    const sent = await call(widgetMessagesRoute.POST, "POST", "/", { headers: bearer(visitor.token), body: { clientId: randomUUID(), text: "inbox secret of A" } });
    const conversationId = sent.body.message.conversationId as string;
    const team = await db.team.create({ data: { organizationId: a.organizationId, name: "A team" } });
    const draft = await db.botDraft.create({ data: { organizationId: a.organizationId, conversationId, replyToSeq: 1, body: "A's draft" } });
    const inbox_ = (name: string) => import(/* @vite-ignore */ `@/app/api/inbox/${name}/route`);
    const params = { conversationId };
    const probes = await Promise.all([
      call((await inbox_("conversations/[conversationId]")).GET, "GET", "/", { cookie: b.cookie, params }),
      call((await inbox_("conversations/[conversationId]/messages")).GET, "GET", "/", { cookie: b.cookie, params }),
      call((await inbox_("conversations/[conversationId]/messages")).POST, "POST", "/", { cookie: b.cookie, params, body: { clientId: randomUUID(), text: "injected" } }),
      call((await inbox_("conversations/[conversationId]/claim")).POST, "POST", "/", { cookie: b.cookie, params }),
      call((await inbox_("conversations/[conversationId]/transfer")).POST, "POST", "/", { cookie: b.cookie, params, body: { teamId: team.id } }),
      call((await inbox_("conversations/[conversationId]/handback")).POST, "POST", "/", { cookie: b.cookie, params }),
      call((await inbox_("conversations/[conversationId]/resolve")).POST, "POST", "/", { cookie: b.cookie, params }),
      call((await inbox_("conversations/[conversationId]/reopen")).POST, "POST", "/", { cookie: b.cookie, params }),
      call((await inbox_("conversations/[conversationId]/read")).POST, "POST", "/", { cookie: b.cookie, params, body: { seq: 1 } }),
      call((await inbox_("drafts/[draftId]/approve")).POST, "POST", "/", { cookie: b.cookie, params: { draftId: draft.id }, body: {} }),
      call((await inbox_("drafts/[draftId]/reject")).POST, "POST", "/", { cookie: b.cookie, params: { draftId: draft.id } }),
    ]);
    expect(probes.map((response) => response.status)).toEqual(Array(probes.length).fill(404));
    const listed = await call((await inbox_("conversations")).GET, "GET", "/api/inbox/conversations?view=all", { cookie: b.cookie });
    const agents = await call((await inbox_("agents")).GET, "GET", "/", { cookie: b.cookie });
    expect(JSON.stringify([listed.body, agents.body])).not.toMatch(new RegExp(`${conversationId}|${team.id}|${a.email}`));
    const conversation = await db.conversation.findUniqueOrThrow({ where: { id: conversationId } });
    expect(conversation).toEqual(expect.objectContaining({ status: "BOT", assigneeId: null, teamId: null }));
    expect(await db.message.count({ where: { conversationId, body: "injected" } })).toBe(0);
    expect((await db.botDraft.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe("PENDING");
    expect(await db.conversationRead.count({ where: { conversationId } })).toBe(0);
  });

  describe("socket namespace /agent", () => {
    let server: Server;
    let realtime: RealtimeServer;
    let url: string;
    const sockets: Socket[] = [];

    beforeAll(async () => {
      server = createServer();
      realtime = createRealtimeServer(server);
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });

    afterAll(async () => {
      for (const socket of sockets) socket.disconnect();
      await realtime.close();
      await new Promise((resolve) => server.close(resolve));
    });

    function open(cookie: string | undefined): Promise<Socket> {
      const socket = connect(`${url}/agent`, { transports: ["websocket"], extraHeaders: cookie ? { cookie } : {}, reconnection: false });
      sockets.push(socket);
      return new Promise((resolve, reject) => {
        socket.once("connect", () => resolve(socket));
        socket.once("connect_error", reject);
      });
    }

    it("refuses a connection without a session", async () => {
      await expect(open(undefined)).rejects.toThrow("UNAUTHORIZED");
    });

    it("delivers A's events to A's agents only", async () => {
      const socketA = await open(a.cookie);
      const socketB = await open(b.cookie);
      const receivedByB: unknown[] = [];
      socketB.on("test:event", (payload) => receivedByB.push(payload));
      const receivedByA = new Promise((resolve) => socketA.once("test:event", resolve));
      // The adapter subscribes asynchronously after connect; publish until A hears it.
      const timer = setInterval(() => publishToWorkspace(a.organizationId, "test:event", { secret: "for A" }), 50);
      await expect(receivedByA).resolves.toEqual({ secret: "for A" });
      clearInterval(timer);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(receivedByB).toEqual([]);
    });
  });
});
