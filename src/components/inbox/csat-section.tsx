import { CsatStars } from "./csat-stars";
import { PanelSection } from "./panel-section";

/** The visitor's rating after the conversation, and what they wrote. */
export function CsatSection({ score, comment }: { score: number; comment: string | null }) {
  return (
    <PanelSection title="Satisfaction">
      <div data-testid="csat" className="space-y-1.5">
        <div className="flex items-center gap-2">
          <CsatStars score={score} className="[&_svg]:size-4" />
          <span className="text-sm font-semibold text-zinc-800">{score}/5</span>
        </div>
        {comment ? <blockquote className="border-l-2 border-zinc-200 pl-2 text-sm text-zinc-700 italic">{comment}</blockquote> : null}
      </div>
    </PanelSection>
  );
}
