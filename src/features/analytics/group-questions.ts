// Groups visitor questions that ask the same thing in other words, with the trigger engine's text
// helpers: normalised tokens, stopwords dropped, words cut to a short stem ("refunds"/"refunded"),
// then two questions are one group when their stem sets overlap by at least half (Jaccard).
import { contentStems } from "@/features/triggers/text/similarity";
import { prepareTransient } from "@/features/triggers/text/prepared";

export const SIMILARITY = 0.5;
const MAX_EXAMPLES = 5;

export interface QuestionInput {
  question: string;
  answer: string | null;
  askedAt: Date;
  source: "low_confidence" | "handoff";
}

export interface QuestionGroup {
  key: string;
  question: string;
  count: number;
  examples: string[];
  agentAnswer: string | null;
  lastAskedAt: Date;
  sources: ("low_confidence" | "handoff")[];
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const item of a) if (b.has(item)) shared++;
  return shared / (a.size + b.size - shared);
}

interface Building extends QuestionGroup {
  stems: Set<string>;
  norm: string;
  seen: Set<string>;
}

/** Input newest first; groups come out largest first (ties: most recent first). */
export function groupQuestions(questions: QuestionInput[]): QuestionGroup[] {
  const groups: Building[] = [];
  for (const item of questions) {
    const prepared = prepareTransient(item.question);
    if (prepared.norm.length === 0) continue;
    const stems = contentStems(prepared);
    // Questions of only stopwords ("hello?") group by their exact normal form.
    const group = groups.find((g) => (stems.size === 0 || g.stems.size === 0 ? g.norm === prepared.norm : jaccard(stems, g.stems) >= SIMILARITY));
    if (!group) {
      groups.push({
        key: prepared.norm,
        question: item.question.trim(),
        count: 1,
        examples: [item.question.trim()],
        agentAnswer: item.answer,
        lastAskedAt: item.askedAt,
        sources: [item.source],
        stems,
        norm: prepared.norm,
        seen: new Set([prepared.norm]),
      });
      continue;
    }
    group.count++;
    group.agentAnswer ??= item.answer;
    if (item.askedAt > group.lastAskedAt) group.lastAskedAt = item.askedAt;
    if (!group.sources.includes(item.source)) group.sources.push(item.source);
    if (!group.seen.has(prepared.norm) && group.examples.length < MAX_EXAMPLES) {
      group.seen.add(prepared.norm);
      group.examples.push(item.question.trim());
    }
  }
  return groups
    .sort((a, b) => b.count - a.count || b.lastAskedAt.getTime() - a.lastAskedAt.getTime())
    .map(({ key, question, count, examples, agentAnswer, lastAskedAt, sources }) => ({ key, question, count, examples, agentAnswer, lastAskedAt, sources }));
}
