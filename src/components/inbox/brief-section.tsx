import type { HandoffBriefDto } from "@/features/inbox/inbox.dto";
import { cx } from "@/components/ui/cx";
import { SparkleIcon } from "./icons";
import { humanize, languageName, percent } from "./labels";
import { Fact, PanelSection } from "./panel-section";
import { ReasonChip } from "./reason-chip";

const TRENDS = {
  improving: { label: "Improving", className: "text-emerald-700" },
  steady: { label: "Steady", className: "text-zinc-700" },
  worsening: { label: "Worsening", className: "text-red-600" },
} as const;

/** What the agent needs before replying: the summary, why it came to a person, what the bot tried. */
export function BriefSection({ brief }: { brief: HandoffBriefDto }) {
  const trend = TRENDS[brief.sentimentTrend] ?? TRENDS.steady;
  return (
    <PanelSection
      title="Handoff brief"
      testId="handoff-brief"
      aside={
        <span className="inline-flex items-center gap-1 text-[11px] text-zinc-400" title={brief.summarySource === "llm" ? "Summarised by the AI model" : "Key sentences of the conversation"}>
          <SparkleIcon className="size-3" />
          {brief.summarySource === "llm" ? "AI summary" : "Extract"}
        </span>
      }
    >
      <p className="text-sm leading-relaxed text-zinc-800">{brief.summary}</p>
      <dl className="mt-3">
        {brief.intent ? <Fact label="Intent">{humanize(brief.intent)}</Fact> : null}
        {brief.language ? <Fact label="Language">{languageName(brief.language)}</Fact> : null}
        <Fact label="Sentiment">
          <span className={cx("font-medium", trend.className)}>{trend.label}</span>
        </Fact>
        {brief.currentPage ? (
          <Fact label="Page">
            <span className="font-mono text-xs">{brief.currentPage}</span>
          </Fact>
        ) : null}
      </dl>
      {brief.reasons.length ? (
        <div className="mt-3 space-y-1.5">
          <h4 className="text-xs font-medium text-zinc-500">Why a person</h4>
          <ul className="space-y-1.5">
            {brief.reasons.map((reason) => (
              <li key={reason.code} className="text-sm">
                <ReasonChip code={reason.code} />
                {reason.evidence ? <q className="mt-0.5 block text-xs text-zinc-600 italic">{reason.evidence}</q> : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {brief.botTried.length ? (
        <div className="mt-3 space-y-1.5">
          <h4 className="text-xs font-medium text-zinc-500">What the bot tried</h4>
          <ol className="space-y-2">
            {brief.botTried.map((attempt, i) => (
              <li key={i} className="rounded-lg bg-zinc-50 p-2.5 text-xs ring-1 ring-zinc-100">
                <p className="font-medium text-zinc-800">{attempt.question}</p>
                <p className="mt-1 text-zinc-600">→ {attempt.answer ?? <span className="italic">No answer</span>}</p>
                <p className="mt-1 text-[11px] text-zinc-400">
                  {attempt.confidence !== null ? `${percent(attempt.confidence)} confident` : "Confidence unknown"}
                  {attempt.sources.length ? ` · ${attempt.sources.map((source) => source.title).join(", ")}` : ""}
                </p>
              </li>
            ))}
          </ol>
        </div>
      ) : null}
    </PanelSection>
  );
}
