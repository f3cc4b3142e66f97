import { DEFAULT_CONFIDENCE_THRESHOLD } from "@/features/responder/embedded/classify";
import { db } from "@/server/db";
import { getWorkspaceAnalyticsSettings } from "./analytics.repository";
import type { AnalyticsRange } from "./analytics.schemas";
import type { KnowledgeGapsDto } from "./analytics.dto";
import { groupQuestions } from "./group-questions";
import { findGapQuestions } from "./knowledge-gaps.repository";

// The newest 300 of each kind: enough to show what people ask most this month, and a bounded
// amount of text to group however busy the workspace is.
const QUESTIONS_PER_KIND = 300;

/** Knowledge gaps ("unanswered questions"): what visitors asked that the bot could not answer. */
export async function findKnowledgeGaps(range: AnalyticsRange): Promise<KnowledgeGapsDto> {
  const settings = await getWorkspaceAnalyticsSettings(db, { organizationId: range.organizationId });
  const threshold = settings.confidenceThreshold ?? DEFAULT_CONFIDENCE_THRESHOLD;
  const rows = await findGapQuestions(db, { ...range, threshold, limit: QUESTIONS_PER_KIND });
  // A low-confidence answer followed by a handoff is one question, not two.
  const seen = new Set<string>();
  const unique = rows
    .sort((a, b) => b.askedAt.getTime() - a.askedAt.getTime())
    .filter((row) => {
      const key = `${row.conversationId}:${row.questionSeq}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  const groups = groupQuestions(unique);
  return {
    range: { from: range.from, to: range.to, timezone: range.timezone },
    threshold,
    questions: unique.length,
    gaps: groups.map((group) => ({ ...group, lastAskedAt: group.lastAskedAt.toISOString() })),
  };
}
