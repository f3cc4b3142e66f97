// Latency of database-backed calls, measured round-robin: every case runs once per round, so load
// from other work on the machine spreads over all cases alike instead of landing on one of them.

export interface QueryCase {
  name: string;
  run(): Promise<unknown>;
}

export interface QueryFigures {
  name: string;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  count: number;
}

/** Nearest rank, as bench/support/stats.ts computes its percentiles. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return Number(sorted[rank]!.toFixed(2));
}

export async function timeCases(cases: QueryCase[], { rounds, warmup }: { rounds: number; warmup: number }): Promise<QueryFigures[]> {
  // Warm-up: plans cached, pool connections open, pages in shared buffers (a live server's state).
  for (let i = 0; i < warmup; i++) for (const c of cases) await c.run();
  const samples = new Map<string, number[]>(cases.map((c) => [c.name, []]));
  for (let i = 0; i < rounds; i++) {
    for (const c of cases) {
      const started = performance.now();
      await c.run();
      samples.get(c.name)!.push(performance.now() - started);
    }
  }
  return cases.map((c) => {
    const sorted = samples.get(c.name)!.sort((a, b) => a - b);
    return { name: c.name, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), max: percentile(sorted, 100), count: sorted.length };
  });
}
