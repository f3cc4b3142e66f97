import type { HandoffDto } from "@/features/inbox/inbox.dto";
import { cx } from "@/components/ui/cx";
import { clockTime, fullTime } from "./format-time";
import { claimedViaLabel } from "./labels";
import { PanelSection } from "./panel-section";

interface Step {
  label: string;
  at: string | null;
}

function steps(handoff: HandoffDto): Step[] {
  const claimed = handoff.claimedBy
    ? `Claimed by ${handoff.claimedBy.name}${handoff.claimedVia ? ` via ${claimedViaLabel(handoff.claimedVia)}` : ""}`
    : "Claimed";
  return [
    { label: handoff.team ? `Requested for ${handoff.team.name}` : "Requested", at: handoff.requestedAt },
    { label: handoff.escalationLevel > 0 ? `Team notified (escalated ×${handoff.escalationLevel})` : "Team notified", at: handoff.firstNotifiedAt },
    { label: claimed, at: handoff.claimedAt },
    { label: "First reply", at: handoff.firstHumanReplyAt },
    { label: handoff.status === "CANCELLED" ? "Cancelled" : "Resolved", at: handoff.resolvedAt },
  ];
}

/** Requested → notified → claimed → first reply → resolved, with what has not happened yet greyed. */
export function HandoffTimeline({ handoff }: { handoff: HandoffDto }) {
  return (
    <PanelSection title="Handoff timeline" testId="handoff-timeline">
      <ol className="relative space-y-3 border-l border-zinc-200 pl-4">
        {steps(handoff).map((step) => (
          <li key={step.label} className="relative text-sm">
            <span aria-hidden="true" className={cx("absolute top-1.5 -left-[21px] size-2.5 rounded-full ring-2 ring-white", step.at ? "bg-brand-600" : "bg-zinc-300")} />
            <p className={step.at ? "text-zinc-800" : "text-zinc-400"}>{step.label}</p>
            {step.at ? (
              <time dateTime={step.at} title={fullTime(step.at)} className="text-xs text-zinc-500">
                {clockTime(step.at)}
              </time>
            ) : (
              <span className="text-xs text-zinc-400">Not yet</span>
            )}
          </li>
        ))}
      </ol>
    </PanelSection>
  );
}
