// Percentiles for benchmark figures: nearest rank, as scripts/eval/kb-data.ts computes them.

export interface Distribution {
  p50: number;
  p90: number;
  p99: number;
  max: number;
  count: number;
}

export function distribution(values: number[], digits = 1): Distribution {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => {
    if (sorted.length === 0) return 0;
    const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
    return Number((sorted[rank] as number).toFixed(digits));
  };
  return { p50: at(50), p90: at(90), p99: at(99), max: at(100), count: sorted.length };
}
