// Grey placeholders in the shape of what is loading, so the layout does not jump when it arrives.
import { cx } from "@/components/ui/cx";

const Bar = ({ className }: { className: string }) => <div className={cx("animate-pulse rounded bg-zinc-200/70", className)} />;

export function ListSkeleton({ rows = 6 }: { rows?: number }) {
  return (
    <div role="status" aria-label="Loading conversations" data-testid="list-skeleton">
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className="flex gap-3 border-b border-zinc-100 px-3 py-3.5">
          <div className="size-9 shrink-0 animate-pulse rounded-full bg-zinc-200/70" />
          <div className="flex-1 space-y-2">
            <Bar className="h-3.5 w-1/2" />
            <Bar className="h-3 w-full" />
            <Bar className="h-3 w-1/3" />
          </div>
        </div>
      ))}
    </div>
  );
}

export function TranscriptSkeleton() {
  return (
    <div role="status" aria-label="Loading the conversation" className="flex-1 space-y-5 p-6">
      {[["w-2/3", false], ["w-1/2", true], ["w-3/5", false], ["w-2/5", true]].map(([width, right], i) => (
        <div key={i} className={cx("flex", right ? "justify-end" : "justify-start")}>
          <Bar className={cx("h-14 rounded-2xl", width as string)} />
        </div>
      ))}
    </div>
  );
}

export function PanelSkeleton() {
  return (
    <div role="status" aria-label="Loading details" className="space-y-6 p-4">
      {[0, 1, 2].map((i) => (
        <div key={i} className="space-y-2">
          <Bar className="h-3 w-1/3" />
          <Bar className="h-3 w-full" />
          <Bar className="h-3 w-4/5" />
        </div>
      ))}
    </div>
  );
}
