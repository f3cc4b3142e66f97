// Per-channel pacing with two priorities, on the real Redis: a new escalation's parent message
// never waits behind a transcript or thread update already scheduled in its channel, while every
// post, parent or not, still keeps a second from the channel's previous call.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";

let pacing: typeof import("@/features/slack/slack-pacing");

beforeAll(async () => {
  pacing = await import("@/features/slack/slack-pacing");
});

/** A fresh channel of a fresh Slack team: nothing reserved, nothing called. */
const channel = () => ({ team: `T${randomUUID().slice(0, 8)}`, channel: `C${randomUUID().slice(0, 8)}` });

async function busyFor(promise: Promise<unknown>): Promise<number | null> {
  try {
    await promise;
    return null;
  } catch (error) {
    if (error instanceof pacing.ChannelBusy) return error.waitMs;
    throw error;
  }
}

describe("Slack pacing: parents before thread posts", () => {
  it("a parent takes the channel's first slot even when a transcript reserved it first, and the transcript yields", async () => {
    const { team, channel: ch } = channel();
    expect(await pacing.reserveChannelSlot(team, ch)).toBe(0);
    // The transcript's slot is now; the parent, reserved after it, is not queued behind it.
    expect(await pacing.reserveParentSlot(team, ch, "parent-1")).toBe(0);
    // The transcript's job reaches its gate first: it steps aside while the parent is pending.
    expect(await busyFor(pacing.passChannelGate(team, ch, { maxWaitMs: 0 }))).toBeGreaterThan(0);
    await pacing.passChannelGate(team, ch, { priority: "parent", maxWaitMs: 0 });
    await pacing.markChannelAnswered(team, ch);
    await pacing.releaseParent(team, ch, "parent-1");
    // Released, the transcript still keeps Slack's second from the parent's call.
    const wait = await busyFor(pacing.passChannelGate(team, ch, { maxWaitMs: 0 }));
    expect(wait).toBeGreaterThan(900);
    expect(wait).toBeLessThanOrEqual(pacing.MIN_GAP_MS);
    const started = Date.now();
    await pacing.passChannelGate(team, ch);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });

  it("parents of one channel are a slot apart, and thread posts reserved afterwards come after them", async () => {
    const { team, channel: ch } = channel();
    const started = Date.now();
    expect(await pacing.reserveParentSlot(team, ch, "a")).toBe(0);
    const second = await pacing.reserveParentSlot(team, ch, "b");
    const thread = await pacing.reserveChannelSlot(team, ch);
    // Waits are relative to each call's own now: allow for the time these calls took.
    const elapsed = Date.now() - started;
    expect(second).toBeGreaterThanOrEqual(pacing.SLOT_INTERVAL_MS - elapsed);
    expect(second).toBeLessThanOrEqual(pacing.SLOT_INTERVAL_MS);
    expect(thread).toBeGreaterThanOrEqual(2 * pacing.SLOT_INTERVAL_MS - elapsed);
  });

  it("a parent reserving again (post-commit scheduling racing the conversation event) keeps its slot and uses up no other", async () => {
    const { team, channel: ch } = channel();
    const started = Date.now();
    expect(await pacing.reserveParentSlot(team, ch, "twice")).toBe(0);
    expect(await pacing.reserveParentSlot(team, ch, "twice")).toBe(0);
    // The next parent is one slot behind, not two.
    const next = await pacing.reserveParentSlot(team, ch, "next");
    expect(next).toBeGreaterThanOrEqual(pacing.SLOT_INTERVAL_MS - (Date.now() - started));
    expect(next).toBeLessThanOrEqual(pacing.SLOT_INTERVAL_MS);
    expect(await pacing.reserveParentSlot(team, ch, "next")).toBeLessThanOrEqual(next);
  });

  it("a parent waits for a call already made in its channel: Slack's limit holds for everyone", async () => {
    const { team, channel: ch } = channel();
    await pacing.passChannelGate(team, ch, { maxWaitMs: 0 });
    await pacing.markChannelAnswered(team, ch);
    expect(await pacing.reserveParentSlot(team, ch, "late")).toBeGreaterThan(900);
    expect(await busyFor(pacing.passChannelGate(team, ch, { priority: "parent", maxWaitMs: 0 }))).toBeGreaterThan(900);
  });

  it("no call passes while the channel's previous call is unanswered, however long ago it started", async () => {
    const { team, channel: ch } = channel();
    await pacing.passChannelGate(team, ch, { priority: "parent", maxWaitMs: 0 });
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    // More than a second after it started, the call is still in flight: both priorities wait.
    expect(await busyFor(pacing.passChannelGate(team, ch, { priority: "parent", maxWaitMs: 0 }))).not.toBeNull();
    expect(await busyFor(pacing.passChannelGate(team, ch, { maxWaitMs: 0 }))).not.toBeNull();
    await pacing.markChannelAnswered(team, ch);
    expect(await busyFor(pacing.passChannelGate(team, ch, { priority: "parent", maxWaitMs: 0 }))).toBeGreaterThan(900);
  });

  it("a parent whose worker died stops holding thread posts back after a while", async () => {
    const { team, channel: ch } = channel();
    await pacing.reserveParentSlot(team, ch, "lost");
    expect(await busyFor(pacing.passChannelGate(team, ch, { maxWaitMs: 0 }))).toBeGreaterThan(0);
    // Not waiting 30 s here: an entry older than the TTL is what the gate drops. Age it by hand.
    const { getRedis, redisKey } = await import("@/server/redis");
    await getRedis().zadd(redisKey("slack", "pending-parents", team, ch), Date.now() - 60_000, "lost");
    expect(await busyFor(pacing.passChannelGate(team, ch, { maxWaitMs: 0 }))).toBeNull();
  });
});
