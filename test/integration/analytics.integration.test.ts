// Analytics figures equal those computed here independently, in plain JS, from the rows this test
// seeds through Prisma with known timestamps; another workspace's rows (seeded alike, same dates)
// and test conversations never count. The range crosses the US daylight-saving change
// (2026-03-08) and is read in America/New_York, so day buckets and bounds are checked too.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import * as reportRoute from "@/app/api/analytics/route";
import * as gapsRoute from "@/app/api/analytics/knowledge-gaps/route";
import * as exportRoute from "@/app/api/analytics/export/route";
import { db } from "@/server/db";
import { addMember, signUpOwner, type TestAccount } from "../support/accounts";
import { call } from "../support/routes";

const TZ = "America/New_York";
const FROM = "2026-03-01";
const TO = "2026-03-20";
const CODES = ["explicit_request", "negative_sentiment", "low_confidence", "high_value_intent"];

type Channel = "WEB_WIDGET" | "WHATSAPP";
type Status = "BOT" | "QUEUED" | "ASSIGNED" | "RESOLVED" | "LEAD_CAPTURE";
interface SeedHandoff {
  createdAt: Date;
  codes: string[];
  teamId: string | null;
  claimedById: string | null;
  claimedAt: Date | null;
  firstHumanReplyAt: Date | null;
  resolvedAt: Date | null;
}
interface SeedMessage {
  role: "VISITOR" | "BOT" | "AGENT";
  body: string;
  confidence?: number;
}
interface SeedConversation {
  id: string;
  inboxId: string;
  channel: Channel;
  createdAt: Date;
  status: Status;
  queuedAt: Date | null;
  assignedAt: Date | null;
  assigneeId: string | null;
  teamId: string | null;
  csatScore: number | null;
  isTest: boolean;
  handoffs: SeedHandoff[];
  messages: SeedMessage[];
}
interface Workspace {
  owner: TestAccount;
  agent: TestAccount;
  inboxes: { id: string; channel: Channel }[];
  teams: string[];
  conversations: SeedConversation[];
}

// ---------------------------------------------------------------- seeding

function random(seed: number) {
  let t = seed;
  return () => {
    t = (t + 0x6d2b79f5) | 0;
    let x = Math.imul(t ^ (t >>> 15), 1 | t);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

const seconds = (date: Date, s: number) => new Date(date.getTime() + s * 1000);

/** 120 conversations from a day before the range to a day after it, of every kind. */
function plan(w: Omit<Workspace, "conversations">, seed: number): SeedConversation[] {
  const rand = random(seed);
  const int = (min: number, max: number) => min + Math.floor(rand() * (max - min + 1));
  const pick = <T,>(list: T[]) => list[int(0, list.length - 1)]!;
  const start = Date.parse("2026-02-28T00:00:00Z");
  const span = Date.parse("2026-03-22T12:00:00Z") - start;
  const agents = [w.owner.userId, w.agent.userId];
  const out: SeedConversation[] = [];
  for (let i = 0; i < 120; i++) {
    const inbox = pick(w.inboxes);
    // Whole seconds: timestamp(3) keeps them exactly.
    const createdAt = new Date(Math.floor((start + rand() * span) / 1000) * 1000);
    const kind = int(0, 9);
    const c: SeedConversation = {
      id: randomUUID(), inboxId: inbox.id, channel: inbox.channel, createdAt, status: "BOT", queuedAt: null, assignedAt: null,
      assigneeId: null, teamId: null, csatScore: null, isTest: rand() < 0.1, handoffs: [], messages: [],
    };
    if (kind <= 2) c.status = kind === 0 ? "BOT" : "RESOLVED";
    else if (kind === 3) {
      // Agents-only inbox: assigned without any handoff, so neither automated nor escalated.
      Object.assign(c, { status: "RESOLVED", assignedAt: seconds(createdAt, 30), assigneeId: pick(agents), csatScore: int(1, 5) });
    } else if (kind === 4) {
      const requested = seconds(createdAt, int(10, 300));
      Object.assign(c, { status: "LEAD_CAPTURE", queuedAt: requested });
      c.handoffs.push({ createdAt: requested, codes: [pick(CODES)], teamId: pick([...w.teams, null]), claimedById: null, claimedAt: null, firstHumanReplyAt: null, resolvedAt: null });
    } else {
      const requested = seconds(createdAt, int(10, 900));
      const teamId = pick([...w.teams, null]);
      const claimed = kind !== 5;
      const agent = pick(agents);
      const claimedAt = claimed ? seconds(requested, int(5, 600)) : null;
      const replied = claimed && kind !== 6 ? seconds(claimedAt!, int(10, 300)) : null;
      const resolved = replied && kind >= 8 ? seconds(replied, int(60, 3600)) : null;
      const codes = kind === 7 && rand() < 0.5 ? [] : [...new Set([pick(CODES), pick(CODES)])];
      Object.assign(c, {
        status: resolved ? "RESOLVED" : claimed ? "ASSIGNED" : "QUEUED",
        queuedAt: requested, assignedAt: claimedAt, assigneeId: claimed ? agent : null, teamId,
        csatScore: resolved && rand() < 0.7 ? int(1, 5) : null,
      });
      c.handoffs.push({ createdAt: requested, codes, teamId, claimedById: claimed ? agent : null, claimedAt, firstHumanReplyAt: replied, resolvedAt: resolved });
      // Now and then passed on to a colleague: a transfer row, which is not an escalation.
      if (claimed && kind === 9) {
        c.handoffs.push({ createdAt: seconds(claimedAt!, 60), codes: ["transfer"], teamId, claimedById: agent, claimedAt: seconds(claimedAt!, 90), firstHumanReplyAt: null, resolvedAt: resolved });
      }
    }
    if (kind <= 2 && rand() < 0.3) c.csatScore = int(1, 5);
    out.push(c);
  }
  return out;
}

async function seedWorkspace(label: string, seed: number, extra: (w: Omit<Workspace, "conversations">) => SeedConversation[]): Promise<Workspace> {
  const owner = await signUpOwner(`${label}-owner`, `Analytics ${label}`);
  const agent = await addMember(owner, "agent", `${label}-agent`);
  const organizationId = owner.organizationId;
  await db.workspaceSettings.upsert({ where: { organizationId }, create: { organizationId, timezone: TZ }, update: { timezone: TZ } });
  const inboxes = await Promise.all(
    (["WEB_WIDGET", "WHATSAPP"] as const).map((channel) =>
      db.inbox.create({ data: { organizationId, name: channel, channel, publicKey: `pk_test_${randomUUID()}` } }).then((row) => ({ id: row.id, channel })),
    ),
  );
  const teams = await Promise.all(["Billing", "Sales"].map((name) => db.team.create({ data: { organizationId, name } }).then((t) => t.id)));
  const base = { owner, agent, inboxes, teams };
  const conversations = [...plan(base, seed), ...extra(base)];
  const contact = await db.contact.create({ data: { organizationId, name: `${label} visitor` } });
  for (const c of conversations) {
    const { handoffs, messages, channel: _channel, ...row } = c;
    await db.conversation.create({ data: { ...row, organizationId, contactId: contact.id, lastMessageAt: c.createdAt, lastSeq: messages.length } });
    for (const h of handoffs) {
      await db.handoff.create({
        data: {
          organizationId, conversationId: c.id, status: h.resolvedAt ? "RESOLVED" : h.claimedAt ? "CLAIMED" : "OPEN",
          reasons: h.codes.map((code) => ({ code })), teamId: h.teamId, claimedById: h.claimedById, claimedAt: h.claimedAt,
          firstHumanReplyAt: h.firstHumanReplyAt, resolvedAt: h.resolvedAt, createdAt: h.createdAt,
        },
      });
    }
    await db.message.createMany({
      data: messages.map((m, i) => ({
        organizationId, conversationId: c.id, seq: i + 1, role: m.role, source: m.role === "VISITOR" ? "WIDGET" : m.role === "AGENT" ? "INBOX" : "SYSTEM",
        body: m.body, botConfidence: m.confidence ?? null, createdAt: seconds(c.createdAt, i * 20),
      })),
    });
  }
  return { ...base, conversations };
}

/** Conversations whose questions the bot could not answer (knowledge gaps). */
function gapConversations(w: Omit<Workspace, "conversations">, questions: { texts: [string, number, string?][]; isTest?: boolean; handoff?: boolean }[]) {
  return questions.map(({ texts, isTest = false, handoff = false }, i) => {
    const createdAt = new Date(Date.parse("2026-03-10T15:00:00Z") + i * 3_600_000);
    const messages: SeedMessage[] = texts.flatMap(([question, confidence, agentAnswer]) => [
      { role: "VISITOR" as const, body: question },
      { role: "BOT" as const, body: "Sorry, I am not sure.", confidence },
      ...(agentAnswer ? [{ role: "AGENT" as const, body: agentAnswer }] : []),
    ]);
    const c: SeedConversation = {
      id: randomUUID(), inboxId: w.inboxes[0]!.id, channel: "WEB_WIDGET", createdAt, status: "BOT", queuedAt: null, assignedAt: null,
      assigneeId: null, teamId: null, csatScore: null, isTest, handoffs: [], messages,
    };
    if (handoff) {
      // The handoff comes after every message of the conversation (messages are 20 s apart).
      const requested = seconds(createdAt, messages.length * 20);
      Object.assign(c, { status: "QUEUED", queuedAt: requested });
      c.handoffs.push({ createdAt: requested, codes: ["low_confidence"], teamId: null, claimedById: null, claimedAt: null, firstHumanReplyAt: null, resolvedAt: null });
      c.messages.pop(); // the last bot line: the handoff is what followed the question
    }
    return c;
  });
}

let a: Workspace;
let b: Workspace;

beforeAll(async () => {
  a = await seedWorkspace("a", 7, (w) =>
    gapConversations(w, [
      { texts: [["Do you ship to Canada?", 0.05, "Yes, we ship to Canada in 5-7 days."]] },
      { texts: [["How long does shipping take?", 0.9], ["can you ship my order to canada", 0.1]] },
      { texts: [["What is the warranty on hiking boots?", 0.12]] },
      { texts: [["I need a copy of my invoice", 0.5]], handoff: true },
      { texts: [["secret onboarding test question", 0.01]], isTest: true },
    ]),
  );
  b = await seedWorkspace("b", 11, (w) => gapConversations(w, [{ texts: [["Workspace B private question about canada shipping", 0.01]] }]));
}, 120_000);

// ---------------------------------------------------------------- the independent computation

const dayFormat = new Intl.DateTimeFormat("en-CA", { timeZone: TZ, year: "numeric", month: "2-digit", day: "2-digit" });
const localDay = (date: Date) => dayFormat.format(date);
const inRange = (date: Date) => localDay(date) >= FROM && localDay(date) <= TO;

function percentile(values: number[], fraction: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((x, y) => x - y);
  const position = fraction * (sorted.length - 1);
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (position - low);
}
const secs = (from: Date, to: Date | null) => (to ? (to.getTime() - from.getTime()) / 1000 : null);
const present = (values: (number | null)[]) => values.filter((v): v is number => v !== null);
const average = (values: number[]) => (values.length === 0 ? null : values.reduce((s, v) => s + v, 0) / values.length);
const countBy = <T,>(items: T[], key: (item: T) => string) => {
  const out: Record<string, number> = {};
  for (const item of items) out[key(item)] = (out[key(item)] ?? 0) + 1;
  return out;
};

function expected(w: Workspace, filter: (c: SeedConversation) => boolean = () => true) {
  const scoped = w.conversations.filter((c) => !c.isTest && filter(c));
  const conversations = scoped.filter((c) => inRange(c.createdAt));
  const escalatedOf = (c: SeedConversation) => c.handoffs.some((h) => !h.codes.includes("transfer"));
  const automatedOf = (c: SeedConversation) => !escalatedOf(c) && !c.queuedAt && !c.assignedAt && (c.status === "BOT" || c.status === "RESOLVED");
  const handoffs = scoped.flatMap((c) => c.handoffs.filter((h) => !h.codes.includes("transfer") && inRange(h.createdAt)).map((h) => ({ ...h, conversation: c })));
  const times = (pick: (h: SeedHandoff) => Date | null, list = handoffs) => present(list.map((h) => secs(h.createdAt, pick(h))));
  const rated = conversations.filter((c) => c.csatScore !== null);
  const days: string[] = [];
  for (let d = Date.parse(`${FROM}T00:00:00Z`); d <= Date.parse(`${TO}T00:00:00Z`); d += 86_400_000) days.push(new Date(d).toISOString().slice(0, 10));
  const reasonRows = handoffs.flatMap((h) => (h.codes.length ? [...new Set(h.codes)] : ["unspecified"]).map((reason) => `${localDay(h.createdAt)}|${reason}`));
  const performance = (handoffKey: (h: (typeof handoffs)[number]) => string | null, convKey: (c: SeedConversation) => string | null, claimedOnly: boolean) => {
    const ids = new Set([...handoffs.map(handoffKey), ...rated.map(convKey)].filter((id): id is string => id !== null));
    return Object.fromEntries(
      [...ids].map((id) => {
        const mine = handoffs.filter((h) => handoffKey(h) === id);
        const scores = rated.filter((c) => convKey(c) === id).map((c) => c.csatScore!);
        return [id, {
          handoffsClaimed: claimedOnly ? mine.length : mine.filter((h) => h.claimedAt).length,
          firstReplyP50: percentile(times((h) => h.firstHumanReplyAt, mine), 0.5),
          resolutionP50: percentile(times((h) => h.resolvedAt, mine), 0.5),
          csatAverage: average(scores),
          csatResponses: scores.length,
        }];
      }),
    );
  };
  return {
    totals: {
      conversations: conversations.length,
      automated: conversations.filter(automatedOf).length,
      escalated: conversations.filter(escalatedOf).length,
      handoffs: handoffs.length,
      claimed: handoffs.filter((h) => h.claimedAt).length,
    },
    times: {
      claim: { p50: percentile(times((h) => h.claimedAt), 0.5), p90: percentile(times((h) => h.claimedAt), 0.9) },
      firstReply: { p50: percentile(times((h) => h.firstHumanReplyAt), 0.5), p90: percentile(times((h) => h.firstHumanReplyAt), 0.9) },
      resolution: { p50: percentile(times((h) => h.resolvedAt), 0.5), p90: percentile(times((h) => h.resolvedAt), 0.9) },
    },
    daily: days.map((day) => {
      const ofDay = conversations.filter((c) => localDay(c.createdAt) === day);
      return { day, conversations: ofDay.length, automated: ofDay.filter(automatedOf).length, escalated: ofDay.filter(escalatedOf).length, handoffs: handoffs.filter((h) => localDay(h.createdAt) === day).length };
    }),
    reasons: countBy(reasonRows, (row) => row),
    channels: { conversations: countBy(conversations, (c) => c.channel), handoffs: countBy(handoffs, (h) => h.conversation.channel) },
    csat: { average: average(rated.map((c) => c.csatScore!)), responses: rated.length, distribution: [1, 2, 3, 4, 5].map((score) => rated.filter((c) => c.csatScore === score).length) },
    agents: performance((h) => h.claimedById, (c) => c.assigneeId, true),
    teams: performance((h) => h.teamId, (c) => c.teamId, false),
  };
}

// ---------------------------------------------------------------- the assertions

const report = (account: TestAccount, query = `from=${FROM}&to=${TO}`) => call(reportRoute.GET, "GET", `/api/analytics?${query}`, { cookie: account.cookie });

function expectClose(actual: number | null, wanted: number | null) {
  if (wanted === null) expect(actual).toBeNull();
  else expect(actual).toBeCloseTo(wanted, 3);
}

function expectReport(body: any, want: ReturnType<typeof expected>) {
  expect(body.totals).toMatchObject(want.totals);
  expectClose(body.totals.automationRate, want.totals.automated / want.totals.conversations);
  expectClose(body.totals.escalationRate, want.totals.escalated / want.totals.conversations);
  for (const key of ["claim", "firstReply", "resolution"] as const) {
    expectClose(body.times[key].p50, want.times[key].p50);
    expectClose(body.times[key].p90, want.times[key].p90);
  }
  expect(body.daily).toEqual(want.daily);
  expect(countBy(body.reasons.byDay.flatMap((r: any) => Array(r.handoffs).fill(`${r.day}|${r.reason}`)), (x: string) => x)).toEqual(want.reasons);
  const channels = (field: "conversations" | "handoffs") => Object.fromEntries(body.channels.filter((c: any) => c[field] > 0).map((c: any) => [c.channel, c[field]]));
  expect(channels("conversations")).toEqual(want.channels.conversations);
  expect(channels("handoffs")).toEqual(want.channels.handoffs);
  expectClose(body.csat.average, want.csat.average);
  expect(body.csat.responses).toBe(want.csat.responses);
  expect(body.csat.distribution.map((d: any) => d.responses)).toEqual(want.csat.distribution);
  for (const [table, rows] of [["agents", want.agents], ["teams", want.teams]] as const) {
    expect(Object.keys(rows).sort(), table).toEqual(body[table].map((row: any) => row.id).sort());
    for (const row of body[table]) {
      const wanted = rows[row.id]!;
      expect(row.handoffsClaimed, `${table} ${row.name}`).toBe(wanted.handoffsClaimed);
      expect(row.csatResponses).toBe(wanted.csatResponses);
      expectClose(row.firstReplyP50, wanted.firstReplyP50);
      expectClose(row.resolutionP50, wanted.resolutionP50);
      expectClose(row.csatAverage, wanted.csatAverage);
    }
  }
}

describe("analytics report", () => {
  it("equals the figures computed independently from the seeded rows", async () => {
    const want = expected(a);
    // The seed is big enough that every figure is exercised.
    expect(want.totals.automated).toBeGreaterThan(5);
    expect(want.totals.escalated).toBeGreaterThan(5);
    expect(want.totals.claimed).toBeGreaterThan(5);
    expect(want.csat.responses).toBeGreaterThan(5);
    const response = await report(a.owner);
    expect(response.status).toBe(200);
    expect(response.body.range).toEqual({ from: FROM, to: TO, timezone: TZ, inboxId: null, channel: null });
    expectReport(response.body, want);
  });

  it("filters by channel and by inbox", async () => {
    const whatsapp = await report(a.owner, `from=${FROM}&to=${TO}&channel=WHATSAPP`);
    expect(whatsapp.status).toBe(200);
    expectReport(whatsapp.body, expected(a, (c) => c.channel === "WHATSAPP"));
    const web = a.inboxes.find((i) => i.channel === "WEB_WIDGET")!.id;
    const byInbox = await report(a.owner, `from=${FROM}&to=${TO}&inboxId=${web}`);
    expectReport(byInbox.body, expected(a, (c) => c.inboxId === web));
  });

  it("keeps each workspace to its own rows, even with the other's inbox id", async () => {
    const response = await report(b.owner);
    expectReport(response.body, expected(b));
    const text = JSON.stringify(response.body);
    for (const id of [a.owner.userId, a.agent.userId, ...a.teams]) expect(text).not.toContain(id);
    const foreign = await report(b.owner, `from=${FROM}&to=${TO}&inboxId=${a.inboxes[0]!.id}`);
    expect(foreign.status).toBe(200);
    expect(foreign.body.totals.conversations).toBe(0);
    expect(foreign.body.agents).toEqual([]);
  });

  it("refuses bad ranges with 400 and agents with 403", async () => {
    for (const query of ["from=2026-03-10&to=2026-03-01", "from=2025-01-01&to=2026-03-01", "from=2026-02-30&to=2026-03-01", "from=yesterday", "channel=EMAIL"]) {
      const response = await report(a.owner, query);
      expect(response.status, query).toBe(400);
      expect(response.body.error.code).toBe("BAD_REQUEST");
    }
    expect((await report(a.agent)).status).toBe(403);
    expect((await call(gapsRoute.GET, "GET", "/api/analytics/knowledge-gaps", { cookie: a.agent.cookie })).status).toBe(403);
  });

  it("defaults to the last 30 days", async () => {
    const response = await report(a.owner, "");
    expect(response.status).toBe(200);
    expect(response.body.daily).toHaveLength(30);
    expect(response.body.range.to).toBe(dayFormat.format(new Date()));
  });
});

describe("CSV export", () => {
  it("downloads each table with a header row and the report's figures", async () => {
    const want = expected(a);
    const csv = await call(exportRoute.GET, "GET", `/api/analytics/export?table=daily&from=${FROM}&to=${TO}`, { cookie: a.owner.cookie });
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    expect(csv.headers.get("content-disposition")).toContain(`baton-daily-${FROM}-to-${TO}.csv`);
    const lines = (csv.body as string).trim().split("\n");
    expect(lines[0]).toBe("day,conversations,automated,escalated,handoffs");
    expect(lines.slice(1)).toEqual(want.daily.map((d) => [d.day, d.conversations, d.automated, d.escalated, d.handoffs].join(",")));
    for (const table of ["reasons", "channels", "csat", "agents", "teams", "gaps"]) {
      const response = await call(exportRoute.GET, "GET", `/api/analytics/export?table=${table}&from=${FROM}&to=${TO}`, { cookie: a.owner.cookie });
      expect(response.status, table).toBe(200);
      expect((response.body as string).split("\n").length, table).toBeGreaterThan(1);
    }
    expect((await call(exportRoute.GET, "GET", `/api/analytics/export?table=nope`, { cookie: a.owner.cookie })).status).toBe(400);
  });
});

describe("knowledge gaps", () => {
  it("groups the questions behind low-confidence answers and escalations, with the agent's answer", async () => {
    const response = await call(gapsRoute.GET, "GET", `/api/analytics/knowledge-gaps?from=${FROM}&to=${TO}`, { cookie: a.owner.cookie });
    expect(response.status).toBe(200);
    const gaps = response.body.gaps as any[];
    expect(gaps.map((g) => [g.question, g.count])).toEqual([
      ["can you ship my order to canada", 2],
      ["I need a copy of my invoice", 1],
      ["What is the warranty on hiking boots?", 1],
    ]);
    expect(gaps[0].examples).toEqual(["can you ship my order to canada", "Do you ship to Canada?"]);
    expect(gaps[0].agentAnswer).toBe("Yes, we ship to Canada in 5-7 days.");
    expect(gaps[1].sources).toEqual(["handoff"]);
    // Confident answers, test conversations and the other workspace are not gaps.
    const text = JSON.stringify(response.body);
    for (const absent of ["How long does shipping take", "secret onboarding", "Workspace B"]) expect(text).not.toContain(absent);
  });
});
