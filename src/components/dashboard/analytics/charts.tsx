// Small hand-written SVG charts (no chart package installs offline here; see TOOLCHAIN.md). Each
// chart is an image with a text summary for screen readers, and every point or bar carries a
// <title> that browsers show on hover.
import { cx } from "@/components/ui/cx";

export interface Series {
  label: string;
  /** Tailwind stroke/fill class, e.g. "text-brand-600" (the SVG draws in currentColor). */
  color: string;
  values: number[];
}

const W = 640;
const H = 200;
const PAD = { left: 36, right: 8, top: 8, bottom: 24 };

function niceMax(value: number): number {
  if (value <= 5) return 5;
  const step = 10 ** Math.floor(Math.log10(value));
  return Math.ceil(value / step) * step;
}

export function LineChart({ labels, series, summary }: { labels: string[]; series: Series[]; summary: string }) {
  const max = niceMax(Math.max(0, ...series.flatMap((s) => s.values)));
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (labels.length <= 1 ? innerW / 2 : (i / (labels.length - 1)) * innerW);
  const y = (v: number) => PAD.top + innerH - (v / max) * innerH;
  // About six date labels whatever the range.
  const every = Math.max(1, Math.ceil(labels.length / 6));
  return (
    <figure>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary} className="h-auto w-full">
        {[0, 0.5, 1].map((f) => (
          <g key={f}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(max * f)} y2={y(max * f)} className="stroke-zinc-200" strokeWidth={1} />
            <text x={PAD.left - 6} y={y(max * f) + 4} textAnchor="end" className="fill-zinc-400 text-[10px]">
              {Math.round(max * f)}
            </text>
          </g>
        ))}
        {labels.map((label, i) =>
          i % every === 0 ? (
            <text key={label} x={x(i)} y={H - 6} textAnchor="middle" className="fill-zinc-400 text-[10px]">
              {label.slice(5)}
            </text>
          ) : null,
        )}
        {series.map((s) => (
          <g key={s.label} className={s.color}>
            <polyline fill="none" stroke="currentColor" strokeWidth={2} points={s.values.map((v, i) => `${x(i)},${y(v)}`).join(" ")} />
            {s.values.map((v, i) => (
              <circle key={i} cx={x(i)} cy={y(v)} r={labels.length > 60 ? 1.5 : 3} fill="currentColor">
                <title>{`${labels[i]}: ${v} ${s.label.toLowerCase()}`}</title>
              </circle>
            ))}
          </g>
        ))}
      </svg>
      <Legend series={series} />
    </figure>
  );
}

export function Legend({ series }: { series: Pick<Series, "label" | "color">[] }) {
  return (
    <figcaption className="mt-2 flex flex-wrap gap-4 text-xs text-zinc-600">
      {series.map((s) => (
        <span key={s.label} className="inline-flex items-center gap-1.5">
          <span className={cx("inline-block size-2.5 rounded-full bg-current", s.color)} aria-hidden="true" />
          {s.label}
        </span>
      ))}
    </figcaption>
  );
}

/** Horizontal bars: one row per category, the value at the end. */
export function BarList({ rows, summary, color = "text-brand-500" }: { rows: { label: string; value: number; hint?: string }[]; summary: string; color?: string }) {
  const max = Math.max(1, ...rows.map((r) => r.value));
  return (
    <ul aria-label={summary} className="space-y-2">
      {rows.map((row) => (
        <li key={row.label} className="grid grid-cols-[10rem_1fr_3rem] items-center gap-3 text-sm">
          <span className="truncate text-zinc-700" title={row.label}>
            {row.label}
          </span>
          <span className="h-2.5 rounded-full bg-zinc-100" aria-hidden="true">
            <span className={cx("block h-2.5 rounded-full bg-current", color)} style={{ width: `${(row.value / max) * 100}%` }} />
          </span>
          <span className="text-right tabular-nums text-zinc-900" title={row.hint}>
            {row.value}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** Stacked daily bars, one colour per category (escalation reasons over time). */
export function StackedBars({ labels, series, summary }: { labels: string[]; series: Series[]; summary: string }) {
  const totals = labels.map((_, i) => series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0));
  const max = niceMax(Math.max(0, ...totals));
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const band = innerW / Math.max(1, labels.length);
  const every = Math.max(1, Math.ceil(labels.length / 6));
  return (
    <figure>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary} className="h-auto w-full">
        <text x={PAD.left - 6} y={PAD.top + 8} textAnchor="end" className="fill-zinc-400 text-[10px]">
          {max}
        </text>
        <line x1={PAD.left} x2={W - PAD.right} y1={PAD.top + innerH} y2={PAD.top + innerH} className="stroke-zinc-200" />
        {labels.map((label, i) => {
          let base = PAD.top + innerH;
          return (
            <g key={label}>
              {series.map((s) => {
                const value = s.values[i] ?? 0;
                if (value === 0) return null;
                const height = (value / max) * innerH;
                base -= height;
                return (
                  <rect key={s.label} x={PAD.left + i * band + band * 0.15} width={band * 0.7} y={base} height={height} className={cx("fill-current", s.color)}>
                    <title>{`${label}: ${value} ${s.label}`}</title>
                  </rect>
                );
              })}
              {i % every === 0 ? (
                <text x={PAD.left + i * band + band / 2} y={H - 6} textAnchor="middle" className="fill-zinc-400 text-[10px]">
                  {label.slice(5)}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      <Legend series={series} />
    </figure>
  );
}
