// Tenant isolation in the worker: every processor of src/jobs/processors.ts, run directly with a
// payload whose ids mix workspaces (A's organizationId with B's conversation, handoff, delivery,
// thread, draft, message, invitation, WhatsApp account...; or a Slack job signed by A's install
// naming B's Slack team), either throws or does nothing: B's rows are unchanged, nothing reaches
// B's Slack or WhatsApp, and B's staged WhatsApp messages are left for B's own job.
// No worker runs here and nothing is enqueued for B, so B changes only if a processor changes it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeSlack, type FakeSlack } from "../fakes/slack-server";
import { startFakeWhatsApp } from "../fakes/whatsapp-server";

type FakeWhatsApp = Awaited<ReturnType<typeof startFakeWhatsApp>>;

let slack: FakeSlack;
let whatsapp: FakeWhatsApp;
let app: {
  db: typeof import("@/server/db").db;
  PROCESSORS: typeof import("@/jobs/processors").PROCESSORS;
  JOBS: typeof import("@/jobs/definitions").JOBS;
  encryptSecret: typeof import("@/server/secrets").encryptSecret;
  redis: typeof import("@/server/redis");
  inboundKey: typeof import("@/features/whatsapp/stage-inbound").inboundKey;
  drainBackground: typeof import("@/server/background").drainBackground;
};
const B_WA_NUMBER = "15550001111";
const B_CUSTOMER = "447700900123";
const ids: Record<string, string> = {};
let a: import("../support/accounts").TestAccount;
let b: import("../support/accounts").TestAccount;
let bBotToken: string;

beforeAll(async () => {
  slack = await startFakeSlack();
  whatsapp = await startFakeWhatsApp();
  // Set before the app modules load: env.ts reads the environment once.
  Object.assign(process.env, { SLACK_API_URL: slack.url, WHATSAPP_GRAPH_URL: whatsapp.url });
  app = {
    db: (await import("@/server/db")).db,
    PROCESSORS: (await import("@/jobs/processors")).PROCESSORS,
    JOBS: (await import("@/jobs/definitions")).JOBS,
    encryptSecret: (await import("@/server/secrets")).encryptSecret,
    redis: await import("@/server/redis"),
    inboundKey: (await import("@/features/whatsapp/stage-inbound")).inboundKey,
    drainBackground: (await import("@/server/background")).drainBackground,
  };
  const { signUpOwner, addMember } = await import("../support/accounts");
  const { createWidgetInbox } = await import("../support/widget");
  const { escalatedVisitor } = await import("../support/inbox");
  const { db, encryptSecret } = app;
  a = await signUpOwner("jobs-a", "Jobs A");
  b = await signUpOwner("jobs-b", "Jobs B");
  const bAgent = await addMember(b, "agent");

  // A's Slack install: what an attacker-controlled signature would belong to.
  const aTeam = `T0JOBSA${Date.now()}`;
  slack.addWorkspace(aTeam, "A Slack");
  ids.aInstallation = (await db.slackInstallation.create({ data: { organizationId: a.organizationId, mode: "MANUAL", slackTeamId: aTeam, botToken: encryptSecret(slack.addWorkspace(aTeam).botToken), signingSecret: encryptSecret("a".repeat(32)) } })).id;

  // B: an escalated conversation (created before B has integrations, so nothing is enqueued), then
  // Slack and WhatsApp rows as an escalation would have left them.
  const inbox = await createWidgetInbox(b.organizationId);
  const visitor = await escalatedVisitor(inbox.publicKey, "B's confidential order problem");
  await app.drainBackground();
  ids.bTeam = `T0JOBSB${Date.now()}`;
  bBotToken = slack.addWorkspace(ids.bTeam, "B Slack").botToken;
  const installation = await db.slackInstallation.create({
    data: { organizationId: b.organizationId, mode: "MANUAL", slackTeamId: ids.bTeam, botToken: encryptSecret(bBotToken), signingSecret: encryptSecret("b".repeat(32)), defaultChannelId: "C0BJOBS" },
  });
  await db.slackChannel.create({ data: { organizationId: b.organizationId, installationId: installation.id, channelId: "C0BJOBS" } });
  const handoff = await db.handoff.findFirstOrThrow({ where: { conversationId: visitor.conversationId } });
  const message = await db.message.findFirstOrThrow({ where: { conversationId: visitor.conversationId, role: "VISITOR" } });
  Object.assign(ids, {
    bConversation: visitor.conversationId,
    bHandoff: handoff.id,
    bMessage: message.id,
    bUser: bAgent.userId,
    bInvitation: bAgent.invitationId,
    bPendingInvitation: (await db.invitation.create({ data: { id: `inv-jobs-${Date.now()}`, organizationId: b.organizationId, email: "pending@jobs-b.test", role: "agent", status: "pending", inviterId: b.userId, expiresAt: new Date(Date.now() + 86_400_000) } })).id,
    bDelivery: (await db.handoffDelivery.create({ data: { organizationId: b.organizationId, handoffId: handoff.id, channel: "SLACK", target: "C0BJOBS" } })).id,
    bThread: (await db.slackThread.create({ data: { organizationId: b.organizationId, conversationId: visitor.conversationId, slackTeamId: ids.bTeam, channelId: "C0BJOBS", threadTs: "1700000000.000100" } })).id,
    bDraft: (await db.botDraft.create({ data: { organizationId: b.organizationId, conversationId: visitor.conversationId, replyToSeq: 1, body: "B's held answer" } })).id,
  });
  const waAccount = await db.whatsAppAccount.create({
    data: { organizationId: b.organizationId, inboxId: inbox.id, phoneNumberId: `7${Date.now()}`, businessAccountId: "1", accessToken: encryptSecret("b-wa-token"), appSecret: encryptSecret("b-app"), verifyToken: encryptSecret("b-verify") },
  });
  ids.bWhatsAppAccount = waAccount.id;
  await db.messageDelivery.create({ data: { organizationId: b.organizationId, messageId: message.id, channel: "WHATSAPP", target: B_CUSTOMER, status: "SENT", externalId: "wamid.BJOBS1" } });
  await db.messageDelivery.create({ data: { organizationId: b.organizationId, messageId: message.id, channel: "WHATSAPP", target: B_WA_NUMBER, status: "PENDING" } });
  // B's outbound webhook, with a delivery waiting: a mixed job must not send it.
  const endpoint = await db.webhookEndpoint.create({ data: { organizationId: b.organizationId, url: "https://hooks.jobs-b.test/baton", events: ["message.created"], secret: encryptSecret("b-hook-secret") } });
  ids.bWebhookDelivery = (await db.webhookDelivery.create({ data: { organizationId: b.organizationId, endpointId: endpoint.id, eventId: `evt-jobs-${Date.now()}`, eventType: "message.created", payload: { secret: "B" } } })).id;
  // A customer message Meta sent to B's number, staged for B's own inbound job.
  await app.redis.getRedis().rpush(
    app.inboundKey(waAccount.id, B_CUSTOMER),
    JSON.stringify({ phoneNumberId: waAccount.phoneNumberId, from: B_CUSTOMER, wamid: `wamid.staged${Date.now()}`, timestamp: Math.floor(Date.now() / 1000), profileName: "B customer", contextId: null, content: { kind: "text", text: "B's staged secret" } }),
  );
});

afterAll(async () => {
  await slack?.close();
  await whatsapp?.close();
});

async function snapshotOf(organizationId: string): Promise<Record<string, string>> {
  const tables = await app.db.$queryRawUnsafe<Array<{ table_name: string }>>(
    `SELECT table_name FROM information_schema.columns WHERE column_name = 'organizationId' AND table_schema = current_schema() ORDER BY table_name`,
  );
  const snapshot: Record<string, string> = {};
  for (const { table_name: table } of tables) {
    const rows = await app.db.$queryRawUnsafe(`SELECT * FROM "${table}" WHERE "organizationId" = $1 ORDER BY 1`, organizationId);
    snapshot[table] = JSON.stringify(rows, (_key, value) => (typeof value === "bigint" ? value.toString() : value));
  }
  return snapshot;
}

/** Each job name with payloads that put A's organization next to B's objects. */
function mixedPayloads(): Array<[string, unknown]> {
  const org = a.organizationId;
  const conv = { organizationId: org, conversationId: ids.bConversation! };
  const slackReply = { type: "message", channel: "C0BJOBS", user: "UEVE", text: "injected into B's thread", ts: `${Math.floor(Date.now() / 1000)}.000900`, thread_ts: "1700000000.000100" };
  const interaction = { teamId: ids.bTeam!, signedBy: [ids.aInstallation!], userId: "UEVE", userName: "eve", channelId: "C0BJOBS", messageTs: "1700000000.000100", threadTs: "1700000000.000100" };
  return [
    ["invitation.send-email", { organizationId: org, invitationId: ids.bPendingInvitation }],
    ["handoff.escalate", { organizationId: org, handoffId: ids.bHandoff, level: 1 }],
    ["handoff.escalate", { organizationId: org, handoffId: ids.bHandoff, level: 2 }],
    ["conversation.missed-chat", conv],
    ["conversation.event", { type: "handoff.requested", ...conv, handoffId: ids.bHandoff, status: "QUEUED" }],
    ["conversation.event", { type: "handoff.escalated", ...conv, handoffId: ids.bHandoff, level: 1 }],
    ["conversation.event", { type: "conversation.claimed", ...conv, userId: ids.bUser, via: "inbox" }],
    ["conversation.event", { type: "conversation.resolved", ...conv }],
    ["conversation.event", { type: "message.created", ...conv, messageId: ids.bMessage }],
    ["conversation.event", { type: "draft.created", ...conv, draftId: ids.bDraft }],
    ["conversation.event", { type: "draft.decided", ...conv, draftId: ids.bDraft }],
    ["slack.post-handoff", { organizationId: org, deliveryId: ids.bDelivery }],
    ["slack.flush-thread", { organizationId: org, threadId: ids.bThread }],
    ["slack.update-parent", { organizationId: org, deliveryId: ids.bDelivery }],
    ["slack.post-draft", { organizationId: org, draftId: ids.bDraft }],
    ["slack.event", { eventId: `EvMIX${Date.now()}`, teamId: ids.bTeam, signedBy: [ids.aInstallation], event: slackReply }],
    ["slack.interaction", { ...interaction, actionId: "baton_claim", value: ids.bConversation }],
    ["slack.interaction", { ...interaction, actionId: "baton_resolve", value: ids.bConversation }],
    ["slack.interaction", { ...interaction, actionId: "baton_draft_approve", value: ids.bDraft }],
    ["whatsapp.inbound", { organizationId: org, accountId: ids.bWhatsAppAccount, from: B_CUSTOMER }],
    ["whatsapp.statuses", { organizationId: org, statuses: [{ wamid: "wamid.BJOBS1", status: "failed", error: { code: 131047, title: "Re-engagement message" } }] }],
    ["whatsapp.deliver", { organizationId: org, target: B_WA_NUMBER }],
    ["whatsapp.deliver", { organizationId: org, target: B_CUSTOMER }],
    ["webhook.deliver", { organizationId: org, deliveryId: ids.bWebhookDelivery }],
    ["whatsapp.notice", { organizationId: org, target: B_CUSTOMER, kind: "claimed", conversationId: ids.bConversation }],
  ];
}

describe("job payloads that mix workspaces", () => {
  it("every processor throws or does nothing: B's rows, B's Slack, B's WhatsApp and B's staged messages are untouched", async () => {
    const payloads = mixedPayloads();
    // Every job name is exercised (a new job without a case here fails this line), except those
    // whose payload is only an organizationId: there is nothing in it to mix.
    const onlyOrganization = Object.entries(app.JOBS).filter(([, job]) => Object.keys((job.schema as { shape?: object }).shape ?? {}).join() === "organizationId").map(([name]) => name);
    expect(new Set([...payloads.map(([name]) => name), ...onlyOrganization])).toEqual(new Set(Object.keys(app.JOBS)));
    const beforeB = await snapshotOf(b.organizationId);
    const beforeA = await snapshotOf(a.organizationId);
    const outcomes: string[] = [];
    for (const [name, payload] of payloads) {
      const job = app.JOBS[name as keyof typeof app.JOBS];
      // As the worker does: the payload is parsed by its schema first, so each case is a valid payload.
      const parsed = job.schema.safeParse(payload);
      expect(parsed.success, `${name} payload ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
      const run = app.PROCESSORS[name as keyof typeof app.PROCESSORS] as (payload: unknown) => Promise<unknown>;
      const outcome = await run(parsed.data).then(
        (value) => `ok ${JSON.stringify(value ?? null)?.slice(0, 80)}`,
        (error: unknown) => `threw ${(error as Error).name}: ${(error as Error).message.slice(0, 80)}`,
      );
      outcomes.push(`${name}: ${outcome}`);
    }
    await app.drainBackground();
    await new Promise((resolve) => setTimeout(resolve, 300));
    console.info(outcomes.join("\n"));

    const afterB = await snapshotOf(b.organizationId);
    for (const table of Object.keys(beforeB)) expect(afterB[table], `B's rows in ${table}`).toBe(beforeB[table]);
    const afterA = await snapshotOf(a.organizationId);
    for (const table of Object.keys(beforeA)) expect(afterA[table], `A's rows in ${table}`).toBe(beforeA[table]);
    expect(slack.calls.filter((call) => call.token === bBotToken)).toEqual([]);
    expect(slack.messages.filter((message) => message.channel === "C0BJOBS")).toEqual([]);
    expect(whatsapp.sends).toEqual([]);
    expect(await app.redis.getRedis().llen(app.inboundKey(ids.bWhatsAppAccount!, B_CUSTOMER))).toBe(1);
  });
});
