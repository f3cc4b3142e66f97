// Onboarding: the checklist's states come from the workspace's data (and the owner's ticks and
// skips), and the test handoff runs one escalation end to end through the real use-cases,
// reporting every step live over /agent.
import { randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { io as connect, type Socket } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as onboardingRoute from "@/app/api/onboarding/route";
import * as sampleRoute from "@/app/api/onboarding/sample-knowledge/route";
import * as stepRoute from "@/app/api/onboarding/steps/[stepId]/route";
import * as testHandoffRoute from "@/app/api/onboarding/test-handoff/route";
import * as listRoute from "@/app/api/inbox/conversations/route";
import * as invitationsRoute from "@/app/api/workspace/invitations/route";
import type { OnboardingStatusDto, TestHandoffStepEvent } from "@/features/onboarding/onboarding.schemas";
import { drainBackground } from "@/server/background";
import { db } from "@/server/db";
import { createRealtimeServer, type RealtimeServer } from "@/server/realtime";
import { addMember, signUpOwner, uniqueEmail, type TestAccount } from "../support/accounts";
import { visitorMessages, visitorSays } from "../support/inbox";
import { call } from "../support/routes";
import { startVisitor } from "../support/widget";

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

function agentSocket(cookie: string): Promise<Socket> {
  const socket = connect(`${url}/agent`, { transports: ["websocket"], reconnection: false, extraHeaders: { cookie } });
  sockets.push(socket);
  return new Promise((resolve, reject) => {
    socket.once("connect", () => resolve(socket));
    socket.once("connect_error", reject);
  });
}

const status = async (account: TestAccount) => {
  const response = await call<OnboardingStatusDto>(onboardingRoute.GET, "GET", "/api/onboarding", { cookie: account.cookie });
  expect(response.status).toBe(200);
  return response.body;
};
const stateOf = (body: OnboardingStatusDto, id: string) => body.steps.find((step) => step.id === id)?.state;
const mark = (account: TestAccount, stepId: string, state: string) => call(stepRoute.POST, "POST", `/api/onboarding/steps/${stepId}`, { cookie: account.cookie, params: { stepId }, body: { state } });
const runTest = (account: TestAccount, runId: string = randomUUID()) => call(testHandoffRoute.POST, "POST", "/api/onboarding/test-handoff", { cookie: account.cookie, body: { runId } });

describe("onboarding status", () => {
  it("starts at 0 of 6 for a new workspace and follows the data step by step", async () => {
    const owner = await signUpOwner("onb-status", "Fresh Shop");
    let body = await status(owner);
    expect(body).toEqual(expect.objectContaining({ doneCount: 0, skippedCount: 0, total: 6, complete: false, dismissedAt: null, widget: null, lastTestHandoff: null }));
    expect(body.steps.map((step) => step.id)).toEqual(["knowledge", "try_bot", "install_widget", "connect_channel", "invite_agents", "test_handoff"]);
    expect(body.steps.find((step) => step.id === "connect_channel")?.optional).toBe(true);

    // Knowledge: the sample entries.
    const sample = await call(sampleRoute.POST, "POST", "/api/onboarding/sample-knowledge", { cookie: owner.cookie });
    expect(sample.status).toBe(201);
    expect(sample.body.imported).toBe(6);
    expect(await db.knowledgeEntry.count({ where: { organizationId: owner.organizationId } })).toBe(6);
    body = await status(owner);
    expect(stateOf(body, "knowledge")).toBe("done");
    expect(body.steps[0]!.detail).toBe("6 entries");

    // Try the bot: a question the sample entries answer, through the widget's own route, from
    // Baton's origin (the dashboard): the bot answers, and that is not yet an installed widget.
    const inbox = await db.inbox.create({ data: { organizationId: owner.organizationId, name: "Website chat", channel: "WEB_WIDGET", publicKey: `pk_onb_${randomUUID()}`, allowedOrigins: ["https://shop.example"] } });
    const preview = await startVisitor(inbox.publicKey, process.env.PUBLIC_URL!);
    await db.contact.updateMany({ where: { organizationId: owner.organizationId }, data: { currentPage: `${process.env.PUBLIC_URL}/dashboard` } });
    // A question the bot cannot answer is not a bot answer.
    await visitorSays(preview.token, "xylophone quantum zebra");
    await drainBackground();
    expect(stateOf(await status(owner), "try_bot")).toBe("todo");
    await visitorSays(preview.token, "How long does shipping take?");
    await drainBackground();
    const seen = await visitorMessages(preview.token);
    expect(seen.body.messages.at(-1)).toEqual(expect.objectContaining({ role: "bot", body: expect.stringContaining("Orders ship within 1 business day") }));
    body = await status(owner);
    expect(stateOf(body, "try_bot")).toBe("done");
    expect(stateOf(body, "install_widget")).toBe("todo");
    expect(body.widget).toEqual(expect.objectContaining({ publicKey: inbox.publicKey, embedSnippet: expect.stringContaining(inbox.publicKey) }));

    // Installed: a visitor on an allowed website outside Baton.
    await startVisitor(inbox.publicKey, "https://shop.example");
    body = await status(owner);
    expect(stateOf(body, "install_widget")).toBe("done");
    expect(body.steps.find((step) => step.id === "install_widget")?.detail).toBe("Seen on https://shop.example");

    // Invite agents: a pending invitation is enough.
    const invited = await call(invitationsRoute.POST, "POST", "/api/workspace/invitations", { cookie: owner.cookie, body: { email: uniqueEmail("onb-agent"), role: "agent" } });
    expect(invited.status).toBe(201);
    body = await status(owner);
    expect(stateOf(body, "invite_agents")).toBe("done");
    expect(body.doneCount).toBe(4);

    // Slack / WhatsApp: skipped, then taken back, then skipped again.
    expect((await mark(owner, "connect_channel", "skipped")).body.skippedCount).toBe(1);
    expect(stateOf((await mark(owner, "connect_channel", "todo")).body, "connect_channel")).toBe("todo");
    const skipped = (await mark(owner, "connect_channel", "skipped")).body as OnboardingStatusDto;
    expect(stateOf(skipped, "connect_channel")).toBe("skipped");
    expect(skipped.complete).toBe(false);

    // The test handoff completes the list.
    const run = await runTest(owner);
    expect(run.status).toBe(200);
    expect(run.body.ok).toBe(true);
    body = await status(owner);
    expect(stateOf(body, "test_handoff")).toBe("done");
    expect(body).toEqual(expect.objectContaining({ doneCount: 5, skippedCount: 1, complete: true }));
    expect(body.lastTestHandoff).toEqual({ conversationId: run.body.conversationId, resolvedAt: expect.any(String) });
  });

  it("a widget seen on a website the inbox does not allow does not count as installed", async () => {
    const owner = await signUpOwner("onb-origin");
    await db.inbox.create({ data: { organizationId: owner.organizationId, name: "Website chat", channel: "WEB_WIDGET", publicKey: `pk_onb_${randomUUID()}`, allowedOrigins: ["https://shop.example"] } });
    await db.contact.create({ data: { organizationId: owner.organizationId, currentPage: "https://elsewhere.example/page" } });
    expect(stateOf(await status(owner), "install_widget")).toBe("todo");
  });

  it("ticks only what may be ticked, skips only optional steps, and refuses bad input without a change", async () => {
    const owner = await signUpOwner("onb-marks");
    expect((await mark(owner, "knowledge", "done")).status).toBe(422);
    expect((await mark(owner, "install_widget", "skipped")).status).toBe(422);
    expect((await mark(owner, "nonsense", "done")).status).toBe(404);
    expect((await mark(owner, "install_widget", "maybe")).status).toBe(422);
    const body = await status(owner);
    expect(body.doneCount + body.skippedCount).toBe(0);

    const ticked = await mark(owner, "install_widget", "done");
    expect(ticked.status).toBe(200);
    expect(ticked.body.steps.find((step: { id: string }) => step.id === "install_widget")).toEqual(expect.objectContaining({ state: "done", marked: true }));
    const audit = await db.auditLog.findMany({ where: { organizationId: owner.organizationId, action: { startsWith: "onboarding." } } });
    expect(audit).toHaveLength(1);
  });

  it("the owner dismisses it and brings it back; agents may not see or change it", async () => {
    const owner = await signUpOwner("onb-dismiss");
    const agent = await addMember(owner, "agent");
    const dismissed = await call(onboardingRoute.PATCH, "PATCH", "/api/onboarding", { cookie: owner.cookie, body: { dismissed: true } });
    expect(dismissed.status).toBe(200);
    expect(dismissed.body.dismissedAt).toEqual(expect.any(String));
    expect((await status(owner)).dismissedAt).toEqual(expect.any(String));
    const back = await call(onboardingRoute.PATCH, "PATCH", "/api/onboarding", { cookie: owner.cookie, body: { dismissed: false } });
    expect(back.body.dismissedAt).toBeNull();
    expect((await call(onboardingRoute.PATCH, "PATCH", "/api/onboarding", { cookie: owner.cookie, body: { dismissed: "yes" } })).status).toBe(422);

    expect((await call(onboardingRoute.GET, "GET", "/api/onboarding", { cookie: agent.cookie })).status).toBe(403);
    expect((await call(onboardingRoute.PATCH, "PATCH", "/api/onboarding", { cookie: agent.cookie, body: { dismissed: true } })).status).toBe(403);
    expect((await runTest(agent)).status).toBe(403);
    expect((await status(owner)).dismissedAt).toBeNull();
  });
});

describe("the test handoff", () => {
  it("runs an escalation end to end on an empty workspace and reports every step live", async () => {
    const owner = await signUpOwner("onb-test", "Test Run Shop");
    const socket = await agentSocket(owner.cookie);
    const runId = randomUUID();
    const live: TestHandoffStepEvent[] = [];
    socket.on("onboarding:step", (event: TestHandoffStepEvent) => {
      if (event.runId === runId) live.push(event);
    });

    const run = await runTest(owner, runId);
    expect(run.status).toBe(200);
    expect(run.body.failure).toBeNull();
    expect(run.body.ok).toBe(true);
    const steps = run.body.steps as TestHandoffStepEvent[];
    expect(steps.map((step) => [step.step, step.status])).toEqual([
      ["conversation", "done"],
      ["visitor_message", "done"],
      ["trigger", "done"],
      ["handoff", "done"],
      ["routed", "done"],
      ["delivered", "done"],
      ["claimed", "done"],
      ["agent_reply", "done"],
      ["resolved", "done"],
    ]);
    expect(steps.find((step) => step.step === "trigger")?.detail).toContain("explicit_request");
    expect(steps.find((step) => step.step === "handoff")?.data?.summary).toEqual(expect.stringContaining("talk to a person"));
    expect(steps.find((step) => step.step === "claimed")?.detail).toBe("Claimed by onb-test from the inbox");
    // Timestamps and elapsed times only go forward.
    const elapsed = steps.map((step) => step.elapsedMs);
    expect(elapsed).toEqual([...elapsed].sort((x, y) => x - y));

    // The same steps arrived over the socket, in order.
    await expect.poll(() => live.length, { timeout: 5000 }).toBe(9);
    expect(live.map((step) => step.step)).toEqual(steps.map((step) => step.step));

    // What the database says: a test conversation (made with its website chat), test visitor,
    // the visitor's words, the handoff claimed by the owner, the agent's reply, resolved.
    const conversation = await db.conversation.findFirstOrThrow({
      where: { id: run.body.conversationId, organizationId: owner.organizationId },
      include: { contact: true, messages: { orderBy: { seq: "asc" } }, handoffs: true, inbox: true },
    });
    expect(conversation).toEqual(expect.objectContaining({ isTest: true, status: "RESOLVED", assigneeId: owner.userId }));
    expect(conversation.inbox.channel).toBe("WEB_WIDGET");
    expect(conversation.contact.name).toBe("Test visitor");
    expect(conversation.messages.map((message) => message.role)).toEqual(expect.arrayContaining(["VISITOR", "SYSTEM", "AGENT"]));
    expect(conversation.messages.find((message) => message.role === "AGENT")?.body).toContain("test reply");
    expect(conversation.handoffs[0]).toEqual(expect.objectContaining({ claimedById: owner.userId, claimedVia: "inbox", status: "RESOLVED" }));

    // The inbox flags it as a test.
    const list = await call(listRoute.GET, "GET", "/api/inbox/conversations?view=resolved", { cookie: owner.cookie });
    expect(list.body.conversations.find((item: { id: string }) => item.id === conversation.id)?.isTest).toBe(true);
  });

  it("routes to the team the routing picks and says so", async () => {
    const owner = await signUpOwner("onb-team");
    const team = await db.team.create({ data: { organizationId: owner.organizationId, name: "Support desk" } });
    await db.inbox.create({ data: { organizationId: owner.organizationId, name: "Website chat", channel: "WEB_WIDGET", publicKey: `pk_onb_${randomUUID()}`, defaultTeamId: team.id } });
    const run = await runTest(owner);
    expect(run.body.ok).toBe(true);
    expect(run.body.steps.find((step: TestHandoffStepEvent) => step.step === "routed")).toEqual(expect.objectContaining({ detail: "Routed to team Support desk", data: { team: "Support desk" } }));
  });

  it("says which step failed and why when no rule fires", async () => {
    const owner = await signUpOwner("onb-fail");
    await db.triggerRule.updateMany({ where: { organizationId: owner.organizationId }, data: { enabled: false } });
    const run = await runTest(owner);
    expect(run.status).toBe(200);
    expect(run.body.ok).toBe(false);
    expect(run.body.failure).toEqual({ step: "trigger", message: expect.stringContaining("No handoff rule fired") });
    expect(run.body.steps.at(-1)).toEqual(expect.objectContaining({ step: "trigger", status: "failed" }));
    const status = await call(onboardingRoute.GET, "GET", "/api/onboarding", { cookie: owner.cookie });
    expect(status.body.steps.find((step: { id: string }) => step.id === "test_handoff").state).toBe("todo");
  });

  it("refuses a malformed run id and writes nothing", async () => {
    const owner = await signUpOwner("onb-bad");
    const response = await call(testHandoffRoute.POST, "POST", "/api/onboarding/test-handoff", { cookie: owner.cookie, body: { runId: "not-a-uuid" } });
    expect(response.status).toBe(422);
    expect(await db.conversation.count({ where: { organizationId: owner.organizationId } })).toBe(0);
  });
});

describe("tenant isolation", () => {
  it("B's checklist, samples, marks and test handoff never read or touch A", async () => {
    const a = await signUpOwner("onb-iso-a");
    const b = await signUpOwner("onb-iso-b");
    await call(sampleRoute.POST, "POST", "/api/onboarding/sample-knowledge", { cookie: a.cookie });
    await mark(a, "connect_channel", "skipped");
    const aBefore = await db.conversation.count({ where: { organizationId: a.organizationId } });

    const bStatus = await status(b);
    expect(stateOf(bStatus, "knowledge")).toBe("todo");
    expect(stateOf(bStatus, "connect_channel")).toBe("todo");
    await call(sampleRoute.POST, "POST", "/api/onboarding/sample-knowledge", { cookie: b.cookie });
    await call(onboardingRoute.PATCH, "PATCH", "/api/onboarding", { cookie: b.cookie, body: { dismissed: true } });
    expect((await runTest(b)).body.ok).toBe(true);

    expect(await db.knowledgeEntry.count({ where: { organizationId: a.organizationId } })).toBe(6);
    expect(await db.conversation.count({ where: { organizationId: a.organizationId } })).toBe(aBefore);
    const aStatus = await status(a);
    expect(aStatus.dismissedAt).toBeNull();
    expect(stateOf(aStatus, "test_handoff")).toBe("todo");
  });
});
