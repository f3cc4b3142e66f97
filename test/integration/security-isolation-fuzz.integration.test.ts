// Tenant isolation, fuzzed: every route of the tenant-isolation test's ROUTES table that takes an
// id in its path is called by workspace B with the id of every kind of workspace A's objects
// (and seeded random strings) in every id parameter. Each answer must be 401/403/404, and a
// snapshot of all of A's rows (every table with an organizationId, and A's organization row)
// must be identical before and after. The table is read from that file's source, so rows other
// issues add are fuzzed too.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import * as apiKeysRoute from "@/app/api/workspace/api-keys/route";
import * as invitationsRoute from "@/app/api/workspace/invitations/route";
import * as knowledgeRoute from "@/app/api/knowledge/route";
import { drainBackground } from "@/server/background";
import { db } from "@/server/db";
import { encryptSecret } from "@/server/secrets";
import { addMember, signUpOwner, uniqueEmail, type TestAccount } from "../support/accounts";
import { escalatedVisitor } from "../support/inbox";
import { call, type CallResult } from "../support/routes";
import { createWidgetInbox } from "../support/widget";

const TABLE_FILE = "test/integration/tenant-isolation.integration.test.ts";
const ROUTE_KEY = /^\s*"((?:GET|POST|PUT|PATCH|DELETE) \/api\/[^"]+)":/gm;

/** The ROUTES keys with an id parameter in the path (the catch-all auth route is not an id). */
function idRoutes(): string[] {
  const source = readFileSync(TABLE_FILE, "utf8");
  return [...source.matchAll(ROUTE_KEY)].map((match) => match[1]!).filter((key) => /\[(?!\.\.\.)\w+\]/.test(key));
}

/** mulberry32: a tiny seeded PRNG, so a failure replays exactly. */
function seeded(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomIds(seed: number, count: number): string[] {
  const next = seeded(seed);
  const pick = (alphabet: string, length: number) => Array.from({ length }, () => alphabet[Math.floor(next() * alphabet.length)]).join("");
  const shapes = [
    () => `c${pick("0123456789abcdefghijklmnopqrstuvwxyz", 24)}`, // cuid-like
    () => [8, 4, 4, 4, 12].map((n) => pick("0123456789abcdef", n)).join("-"), // uuid-like
    () => `${pick("abc", 3)}' OR '1'='1`,
    () => `../${pick("abcdef", 6)}/../..`,
    () => `%00${pick("xyz", 4)}\u202e\u00e9`,
    () => pick("0123456789", 1 + Math.floor(next() * 18)),
    () => pick("abcdefghijklmnopqrstuvwxyz", 201), // longer than any id
  ];
  return Array.from({ length: count }, (_, index) => shapes[index % shapes.length]!());
}

let a: TestAccount;
let b: TestAccount;
let bTeamId: string;
let bApiKey: string;
/** One id of each kind of A's objects, by kind. */
const aIds: Record<string, string> = {};

beforeAll(async () => {
  a = await signUpOwner("fuzz-a", "Fuzz A");
  b = await signUpOwner("fuzz-b", "Fuzz B");
  const agent = await addMember(a, "agent");
  const inbox = await createWidgetInbox(a.organizationId);
  const visitor = await escalatedVisitor(inbox.publicKey, "Fuzz secret of A");
  await drainBackground();
  const conversation = await db.conversation.findUniqueOrThrow({ where: { id: visitor.conversationId } });
  const team = await db.team.create({ data: { organizationId: a.organizationId, name: "A fuzz team" } });
  const installation = await db.slackInstallation.create({ data: { organizationId: a.organizationId, mode: "MANUAL", slackTeamId: `T0FUZZ${Date.now()}`, botToken: encryptSecret("xoxb-a"), signingSecret: encryptSecret("s".repeat(32)) } });
  Object.assign(aIds, {
    organization: a.organizationId,
    user: agent.userId,
    member: (await db.member.findFirstOrThrow({ where: { organizationId: a.organizationId, userId: agent.userId } })).id,
    invitation: (await call(invitationsRoute.POST, "POST", "/", { cookie: a.cookie, body: { email: uniqueEmail("fuzz-invitee"), role: "agent" } })).body.id,
    apiKey: (await call(apiKeysRoute.POST, "POST", "/", { cookie: a.cookie, body: { name: "A key" } })).body.id,
    knowledgeEntry: (await call(knowledgeRoute.POST, "POST", "/", { cookie: a.cookie, body: { title: "A's question", answer: "A's answer" } })).body.id,
    triggerRule: (await db.triggerRule.findFirstOrThrow({ where: { organizationId: a.organizationId } })).id,
    inbox: inbox.id,
    contact: conversation.contactId,
    conversation: conversation.id,
    message: (await db.message.findFirstOrThrow({ where: { conversationId: conversation.id } })).id,
    handoff: (await db.handoff.findFirstOrThrow({ where: { conversationId: conversation.id } })).id,
    draft: (await db.botDraft.create({ data: { organizationId: a.organizationId, conversationId: conversation.id, replyToSeq: 1, body: "A's draft" } })).id,
    team: team.id,
    routingRule: (await db.routingRule.create({ data: { organizationId: a.organizationId, name: "A rule", teamId: team.id } })).id,
    cannedResponse: (await db.cannedResponse.create({ data: { organizationId: a.organizationId, shortcut: "a-secret", title: "A", body: "A's canned" } })).id,
    businessHours: (await db.businessHours.create({ data: { organizationId: a.organizationId, name: "A hours" } })).id,
    slackInstallation: installation.id,
    slackChannel: (await db.slackChannel.create({ data: { organizationId: a.organizationId, installationId: installation.id, channelId: "C0AFUZZ" } })).id,
    whatsappAccount: (
      await db.whatsAppAccount.create({
        data: { organizationId: a.organizationId, phoneNumberId: `8${Date.now()}`, businessAccountId: "1", accessToken: encryptSecret("t"), appSecret: encryptSecret("a-secret"), verifyToken: encryptSecret("a-verify") },
      })
    ).id,
  });
  bTeamId = (await db.team.create({ data: { organizationId: b.organizationId, name: "B fuzz team" } })).id;
  bApiKey = (await call(apiKeysRoute.POST, "POST", "/", { cookie: b.cookie, body: { name: "B key" } })).body.key;
});

/** Every row of A, as JSON: any write B manages to make to A shows up as a difference. */
async function snapshotOfA(): Promise<Record<string, string>> {
  const tables = await db.$queryRawUnsafe<Array<{ table_name: string }>>(
    `SELECT table_name FROM information_schema.columns WHERE column_name = 'organizationId' AND table_schema = current_schema() ORDER BY table_name`,
  );
  const snapshot: Record<string, string> = {};
  const json = (rows: unknown) => JSON.stringify(rows, (_key, value) => (typeof value === "bigint" ? value.toString() : value));
  for (const { table_name: table } of tables) {
    snapshot[table] = json(await db.$queryRawUnsafe(`SELECT * FROM "${table}" WHERE "organizationId" = $1 ORDER BY 1`, a.organizationId));
  }
  snapshot.Organization = json(await db.organization.findUnique({ where: { id: a.organizationId } }));
  return snapshot;
}

/** A body that passes validation, so the answer is about the id, not the body (else `{}`). */
function bodyFor(key: string): unknown {
  const bodies: Record<string, unknown> = {
    "PATCH /api/workspace/members/[memberId]": { role: "admin" },
    "PATCH /api/knowledge/[entryId]": { answer: "hacked" },
    "PATCH /api/triggers/rules/[ruleId]": { enabled: false },
    "PATCH /api/inboxes/[inboxId]": { name: "taken" },
    "POST /api/v1/conversations/[conversationId]/messages": { text: "injected" },
    "POST /api/inbox/conversations/[conversationId]/messages": { clientId: randomUUID(), text: "injected" },
    "POST /api/inbox/conversations/[conversationId]/transfer": { teamId: bTeamId },
    "POST /api/inbox/conversations/[conversationId]/read": { seq: 1 },
    "PATCH /api/teams/[teamId]": { name: "taken" },
    "POST /api/teams/[teamId]/members": { userId: b.userId },
    "PATCH /api/routing-rules/[ruleId]": { name: "taken" },
    "PATCH /api/business-hours/[scheduleId]": { name: "taken" },
    "PATCH /api/canned-responses/[responseId]": { title: "taken" },
    "PATCH /api/slack/channels/[slackChannelId]": { alertsOnly: true },
    "PATCH /api/whatsapp/accounts/[accountId]": { displayPhone: "+1 555" },
    "POST /api/whatsapp/webhook/[accountId]": { object: "whatsapp_business_account", entry: [] },
    "PATCH /api/webhooks/[endpointId]": { enabled: false },
  };
  return bodies[key] ?? {};
}

async function attempt(key: string, value: string): Promise<CallResult> {
  const [method, path] = key.split(" ") as [string, string];
  const module = await import(/* @vite-ignore */ `${process.cwd()}/src/app${path}/route.ts`);
  const names = [...path.matchAll(/\[(\w+)\]/g)].map((match) => match[1]!);
  const params = Object.fromEntries(names.map((name) => [name, value]));
  const auth = path.startsWith("/api/v1/") ? { headers: { authorization: `Bearer ${bApiKey}` } } : path.includes("/webhook/") ? {} : { cookie: b.cookie };
  const url = path.includes("/webhook/") && method === "GET" ? "/?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=c" : "/";
  const body = method === "GET" || method === "DELETE" ? undefined : bodyFor(key);
  return call(module[method], method, url, { ...auth, params, body });
}

describe("tenant isolation, fuzzed over ids", () => {
  it("every id route answers 401/403/404 to B for A's ids of every kind and for random strings, and A is unchanged", async () => {
    const routes = idRoutes();
    expect(routes.length).toBeGreaterThan(30);
    const random = randomIds(20261207, 3 * routes.length);
    const before = await snapshotOfA();
    const wrong: string[] = [];
    // A's ids of every kind on every route, and three seeded random strings per route (each shape
    // reaches every route over the table, in a different route order).
    const jobs = routes.flatMap((key, index) =>
      [...Object.values(aIds), ...random.slice(index * 3, index * 3 + 3)]
        // The invitation link is the capability: it shows A's invitation (name and role) by design.
        .filter((value) => !(key === "GET /api/invitations/[invitationId]" && value === aIds.invitation))
        .map((value) => ({ key, value })),
    );
    const started = Date.now();
    // A few at a time: the point is coverage, not load.
    for (let index = 0; index < jobs.length; index += 12) {
      await Promise.all(
        jobs.slice(index, index + 12).map(async ({ key, value }) => {
          const response = await attempt(key, value);
          // A 422 means the body failed before the id was looked up: give the route a valid body in bodyFor().
          if (![401, 403, 404].includes(response.status)) wrong.push(`${key} with ${value.slice(0, 40)}: ${response.status} ${JSON.stringify(response.body).slice(0, 200)}`);
        }),
      );
    }
    await drainBackground();
    expect(wrong).toEqual([]);
    const after = await snapshotOfA();
    for (const table of Object.keys(before)) expect(after[table], `rows of A in ${table}`).toBe(before[table]);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    console.info(`fuzzed ${jobs.length} requests over ${routes.length} routes in ${Date.now() - started} ms`);
    // Normally well under 30 s; the margin is for a machine shared with other work.
  }, 180_000);

  it("the harness can see success: B's own ids through the same attempt() answer 200", async () => {
    const bEntry = await call(knowledgeRoute.POST, "POST", "/", { cookie: b.cookie, body: { title: "B's question", answer: "B's answer" } });
    expect((await attempt("GET /api/knowledge/[entryId]", bEntry.body.id)).status).toBe(200);
    expect((await attempt("GET /api/teams/[teamId]", bTeamId)).status).toBe(200);
    expect((await attempt("PATCH /api/teams/[teamId]", bTeamId)).status).toBe(200);
  });

  it("the snapshot would catch a change: it differs after A itself edits a row", async () => {
    const before = await snapshotOfA();
    await db.knowledgeEntry.update({ where: { id: aIds.knowledgeEntry }, data: { answer: "edited by A" } });
    const after = await snapshotOfA();
    expect(after).not.toEqual(before);
  });
});
