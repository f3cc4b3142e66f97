// From raw timestamps to the escalation benchmark's figures: one latency per (agent socket,
// escalation), split at the moment the publish crossed Redis, plus the readable summary.
import { distribution, type Distribution } from "./stats";

export interface Escalation {
  conversationId: string;
  calledAt: number;
  /** How late the scheduler started it: large values mean this process's event loop was busy. */
  lateMs: number;
  returnedAt: number;
  error: string | null;
}

export interface Observations {
  agents: number;
  escalations: Escalation[];
  /** [agent index, conversation id, received at]. */
  receipts: Array<[number, string, number]>;
  /** conversation id -> when its `handoff:created` crossed Redis. */
  publishedAt: Map<string, number>;
  /** conversation id -> Handoff.createdAt. */
  createdAt: Map<string, number>;
}

export interface Figures {
  fromCall: Distribution;
  fromCreatedAt: Distribution;
  requestHandoff: Distribution;
  callToPublish: Distribution;
  publishToReceipt: Distribution;
  schedulerLate: Distribution;
  /** Receipts that never came, out of agents x escalations. */
  missing: number;
  failed: number;
  firstError: string | null;
}

export function computeFigures({ agents, escalations, receipts, publishedAt, createdAt }: Observations): Figures {
  const calledAt = new Map(escalations.map((escalation) => [escalation.conversationId, escalation.calledAt]));
  const fromCall: number[] = [];
  const fromCreatedAt: number[] = [];
  const fanout: number[] = [];
  const counted = new Set<string>();
  for (const [agent, conversationId, at] of receipts) {
    const called = calledAt.get(conversationId);
    const key = `${agent}:${conversationId}`;
    if (called === undefined || counted.has(key)) continue;
    counted.add(key);
    fromCall.push(at - called);
    const created = createdAt.get(conversationId);
    if (created !== undefined) fromCreatedAt.push(at - created);
    const published = publishedAt.get(conversationId);
    if (published !== undefined) fanout.push(at - published);
  }
  const callToPublish = [...publishedAt].flatMap(([id, at]) => (calledAt.has(id) ? [at - calledAt.get(id)!] : []));
  const failed = escalations.filter((escalation) => escalation.error);
  return {
    fromCall: distribution(fromCall),
    fromCreatedAt: distribution(fromCreatedAt),
    requestHandoff: distribution(escalations.map((escalation) => escalation.returnedAt - escalation.calledAt)),
    callToPublish: distribution(callToPublish),
    publishToReceipt: distribution(fanout),
    schedulerLate: distribution(escalations.map((escalation) => escalation.lateMs)),
    missing: agents * escalations.length - counted.size,
    failed: failed.length,
    firstError: failed[0]?.error ?? null,
  };
}

export const percentiles = ({ p50, p90, p99, max }: Distribution) => ({ p50, p90, p99, max });

export function printSummary(figures: Figures, setup: { agents: number; visitors: number; rate: number; serverCpuMsPerEscalation: number; clientCpuMs: number; duplicates: number }) {
  const row = (label: string, d: Distribution) => `  ${label.padEnd(44)} ${[d.p50, d.p90, d.p99, d.max].map((v) => String(v).padStart(8)).join("")}  (n=${d.count})`;
  console.log(`Escalation -> inbox: ${setup.agents} agent inboxes, ${setup.visitors} connected visitors, ${figures.requestHandoff.count} escalations at ${setup.rate}/s`);
  console.log(`  ${"ms".padEnd(44)} ${["p50", "p90", "p99", "max"].map((v) => v.padStart(8)).join("")}`);
  console.log(row("call requestHandoff -> handoff:created (bar)", figures.fromCall));
  console.log(row("Handoff.createdAt -> handoff:created", figures.fromCreatedAt));
  console.log(row("requestHandoff duration", figures.requestHandoff));
  console.log(row("call -> publish seen on Redis", figures.callToPublish));
  console.log(row("publish seen on Redis -> handoff:created", figures.publishToReceipt));
  console.log(row("escalation started late by (scheduler)", figures.schedulerLate));
  console.log(`  server process CPU per escalation: ${setup.serverCpuMsPerEscalation} ms (the handoff and the fan-out of its events)`);
  console.log(`  client process CPU, whole run (connecting and receiving): ${setup.clientCpuMs} ms`);
  console.log(`  missing receipts: ${figures.missing}, failed escalations: ${figures.failed}, duplicate receipts: ${setup.duplicates}`);
  if (figures.firstError) console.log(`  first error: ${figures.firstError}`);
}
