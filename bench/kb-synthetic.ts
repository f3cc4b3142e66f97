// A deterministic synthetic knowledge base shaped like a large real one: every entry is about a
// verb and two nouns from a Zipf-distributed vocabulary, phrased through shared question
// templates, so the common words ("how", "do", "my") appear in every entry as they do in real FAQs.
import type { KnowledgeEntryInput } from "@/features/responder/embedded";
import { mulberry32 } from "@/features/responder/embedded/softmax";

const TEMPLATES = [
  "how do i {v} my {n} {m}",
  "where can i {v} the {n} for {m}",
  "{n} {m} not working, how to {v} it",
  "what is the policy to {v} a {n} {m}",
  "can i {v} my {m} {n} online",
  "help me {v} the {n} of my {m}",
  "is it possible to {v} {n} {m} today",
  "i need to {v} my {n} {m} please",
  "question about how to {v} {m} {n}",
  "why can't i {v} the {n} {m}",
  "{v} {n} {m}",
  "do you let customers {v} {n} with {m}",
];

function pseudoWords(count: number, random: () => number): string[] {
  const syllables = ["ka", "lo", "mi", "tu", "re", "sa", "no", "vi", "pe", "da", "ri", "go", "ba", "le", "zu", "fo", "ne", "ti"];
  const words = new Set<string>();
  while (words.size < count) {
    const length = 2 + Math.floor(random() * 2);
    let word = "";
    for (let i = 0; i < length; i++) word += syllables[Math.floor(random() * syllables.length)];
    words.add(word);
  }
  return [...words];
}

function zipfPick<T>(items: T[], random: () => number): T {
  // Inverse-CDF sample of a Zipf(1) rank: a few words are common, most are rare.
  const rank = Math.floor(Math.exp(random() * Math.log(items.length + 1))) - 1;
  return items[Math.min(items.length - 1, rank)] as T;
}

export interface SyntheticKnowledgeBase {
  entries: KnowledgeEntryInput[];
  /** Unseen phrasings of existing entries, with the entry id. */
  questions: Array<[question: string, entryId: string]>;
}

export function syntheticKnowledgeBase(entryCount: number, phrasingsPerEntry: number, seed = 42): SyntheticKnowledgeBase {
  const random = mulberry32(seed);
  const verbs = pseudoWords(400, random);
  const nouns = pseudoWords(3000, random);
  const fill = (template: string, v: string, n: string, m: string) =>
    template.replace("{v}", v).replace("{n}", n).replace("{m}", m);
  const entries: KnowledgeEntryInput[] = [];
  const questions: Array<[string, string]> = [];
  for (let e = 0; e < entryCount; e++) {
    const v = zipfPick(verbs, random);
    const n = zipfPick(nouns, random);
    const m = nouns[Math.floor(random() * nouns.length)] as string;
    const order = TEMPLATES.map((t) => [random(), t] as const).sort((a, b) => a[0] - b[0]).map(([, t]) => t);
    const texts = order.slice(0, phrasingsPerEntry).map((t) => fill(t, v, n, m));
    const id = `entry-${e}`;
    entries.push({ id, title: texts[0] as string, exampleQuestions: texts.slice(1), answer: `answer ${e}` });
    const unseen = order[phrasingsPerEntry % order.length] as string;
    questions.push([fill(unseen, v, n, m), id]);
  }
  return { entries, questions };
}
