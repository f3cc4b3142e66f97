import { cx } from "@/components/ui/cx";
import { StarIcon } from "./icons";

/** A 1-5 satisfaction score as stars, read out as "Rated 4 out of 5". */
export function CsatStars({ score, className }: { score: number; className?: string }) {
  const rounded = Math.max(0, Math.min(5, Math.round(score)));
  return (
    <span role="img" aria-label={`Rated ${rounded} out of 5`} data-testid="csat-stars" className={cx("inline-flex items-center gap-px text-amber-400", className)}>
      {[1, 2, 3, 4, 5].map((star) => (
        <StarIcon key={star} filled={star <= rounded} className={cx("size-3.5", star > rounded && "text-zinc-300")} />
      ))}
    </span>
  );
}
