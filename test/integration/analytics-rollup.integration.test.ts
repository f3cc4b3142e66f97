// The daily analytics rollup stays equal to the raw queries (analytics-raw.repository.ts) after
// the report has computed it once: later writes to closed days (a late handoff, a CSAT rating, a
// conversation moved to another inbox, a deleted handoff) and a time-zone change must all show
// up on the next refresh, whoever wrote them (rows are written here with plain Prisma calls,
// as a job or an import would, not through the use-cases).
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import * as raw from "@/features/analytics/analytics-raw.repository";
import * as rollup from "@/features/analytics/analytics.repository";
import { refreshAnalyticsRollup } from "@/features/analytics/analytics-rollup.repository";
import type { AnalyticsRange } from "@/features/analytics/analytics.schemas";
import { addMember, signUpOwner, type TestAccount } from "../support/accounts";

const FROM = "2026-05-01";
const TO = "2026-05-10";
const at = (iso: string) => new Date(iso);

let owner: TestAccount;
let agentId: string;
let inboxes: { web: string; whatsapp: string };
let teamId: string;
let contactId: string;

async function conversation(createdAt: string, data: Partial<{ status: "BOT" | "QUEUED" | "ASSIGNED" | "RESOLVED"; assigneeId: string; csatScore: number; inboxId: string }> = {}) {
  return db.conversation.create({
    data: { organizationId: owner.organizationId, inboxId: inboxes.web, contactId, createdAt: at(createdAt), lastMessageAt: at(createdAt), teamId, ...data },
  });
}

async function handoff(conversationId: string, createdAt: string, extra: { claimedAfter?: number; codes?: string[] } = {}) {
  const requested = at(createdAt);
  const claimedAt = extra.claimedAfter === undefined ? null : new Date(requested.getTime() + extra.claimedAfter * 1000);
  return db.handoff.create({
    data: {
      organizationId: owner.organizationId, conversationId, createdAt: requested, teamId, reasons: (extra.codes ?? ["explicit_request"]).map((code) => ({ code })),
      claimedAt, claimedById: claimedAt ? agentId : null, status: claimedAt ? "CLAIMED" : "OPEN",
    },
  });
}

const QUERIES = ["conversationTotals", "handoffTotals", "daily", "reasonsByDay", "byChannel", "csatDistribution", "byAgent", "byTeam"] as const;
const rawOf = { conversationTotals: raw.rawConversationTotals, handoffTotals: raw.rawHandoffTotals, daily: raw.rawDaily, reasonsByDay: raw.rawReasonsByDay, byChannel: raw.rawByChannel, csatDistribution: raw.rawCsatDistribution, byAgent: raw.rawByAgent, byTeam: raw.rawByTeam };

/** Refreshes, then reads every figure both ways; returns the rollup's, after checking they are equal. */
async function figures(range: AnalyticsRange) {
  await refreshAnalyticsRollup(db, range);
  const out: Record<string, unknown> = {};
  for (const name of QUERIES) {
    const fromRollup = await rollup[name](db, range);
    expect(fromRollup, name).toEqual(await rawOf[name](db, range));
    out[name] = fromRollup;
  }
  return out as { conversationTotals: rollup.ConversationTotalsRow; handoffTotals: rollup.HandoffTotalsRow; byAgent: rollup.PerformanceRow[] };
}

beforeAll(async () => {
  owner = await signUpOwner("rollup-owner", "Rollup workspace");
  agentId = (await addMember(owner, "agent", "rollup-agent")).userId;
  const organizationId = owner.organizationId;
  const [web, whatsapp] = await Promise.all(
    (["WEB_WIDGET", "WHATSAPP"] as const).map((channel) => db.inbox.create({ data: { organizationId, name: channel, channel, publicKey: `pk_test_${randomUUID()}` } })),
  );
  inboxes = { web: web!.id, whatsapp: whatsapp!.id };
  teamId = (await db.team.create({ data: { organizationId, name: "Support" } })).id;
  contactId = (await db.contact.create({ data: { organizationId, name: "Rollup visitor" } })).id;
}, 60_000);

describe("analytics rollup", () => {
  it("equals the raw figures, and follows later writes to closed days and a time-zone change", async () => {
    const range: AnalyticsRange = { organizationId: owner.organizationId, from: FROM, to: TO, timezone: "Europe/Berlin" };
    const bot = await conversation("2026-05-02T10:00:00Z", { status: "RESOLVED" });
    const human = await conversation("2026-05-03T22:30:00Z", { status: "ASSIGNED", assigneeId: agentId });
    await handoff(human.id, "2026-05-03T22:31:00Z", { claimedAfter: 40, codes: ["negative_sentiment", "vip_customer"] });

    const first = await figures(range);
    expect(first.conversationTotals).toMatchObject({ conversations: 2, automated: 1, escalated: 1, csatResponses: 0 });
    expect(first.handoffTotals).toMatchObject({ handoffs: 1, claimed: 1, claimP50: 40 });
    expect(await db.analyticsRollupDay.count({ where: { organizationId: owner.organizationId, timezone: "Europe/Berlin" } })).toBe(10);

    // Days later: the bot chat escalates after all, the human chat is rated and moves to WhatsApp,
    // and a new conversation lands on an already computed day.
    const late = await handoff(bot.id, "2026-05-02T10:05:00Z", { claimedAfter: 100 });
    await db.conversation.update({ where: { id: human.id }, data: { csatScore: 4, status: "RESOLVED", inboxId: inboxes.whatsapp } });
    await conversation("2026-05-09T08:00:00Z", { csatScore: 2, status: "RESOLVED" });
    const second = await figures(range);
    expect(second.conversationTotals).toMatchObject({ conversations: 3, automated: 1, escalated: 2, csatResponses: 2, csatAverage: 3 });
    expect(second.handoffTotals).toMatchObject({ handoffs: 2, claimed: 2, claimP50: 70 });
    expect(second.byAgent).toEqual([expect.objectContaining({ id: agentId, handoffsClaimed: 2, csatResponses: 1, csatAverage: 4 })]);

    // A deleted handoff leaves the figures too; filters read the same rollup rows.
    await db.handoff.delete({ where: { id: late.id } });
    const third = await figures(range);
    expect(third.conversationTotals).toMatchObject({ escalated: 1, automated: 2 });
    await figures({ ...range, channel: "WHATSAPP" });
    await figures({ ...range, inboxId: inboxes.web });

    // The same rows read in another time zone: the 22:30 UTC chat is on 2026-05-03 in New York, 05-04 in Berlin.
    const newYork = await figures({ ...range, timezone: "America/New_York" });
    expect(newYork.conversationTotals.conversations).toBe(3);
    const berlinDaily = await rollup.daily(db, range);
    expect(berlinDaily.find((d) => d.day === "2026-05-04")?.conversations).toBe(1);
  });

  it("leaves markers written by a transaction still running for the next refresh", async () => {
    const range: AnalyticsRange = { organizationId: owner.organizationId, from: FROM, to: TO, timezone: "UTC" };
    await figures(range);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    // A writer that has updated a conversation (its trigger wrote a marker) but not committed yet.
    const writer = db.$transaction(async (tx) => {
      await tx.conversation.create({ data: { organizationId: owner.organizationId, inboxId: inboxes.web, contactId, createdAt: at("2026-05-05T12:00:00Z"), lastMessageAt: at("2026-05-05T12:00:00Z") } });
      await held;
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const before = await figures(range);
    release();
    await writer;
    const after = await figures(range);
    expect(after.conversationTotals.conversations).toBe(before.conversationTotals.conversations + 1);
  });
});
