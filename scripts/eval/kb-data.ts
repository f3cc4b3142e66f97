// Reading CLINC150-style JSONL ({text, intent}) and turning it into knowledge-base entries the way
// the product stores them: one entry per intent, its texts the phrasings, the title the first one.
import { readFileSync } from "node:fs";
import type { KnowledgeEntryInput } from "@/features/responder/embedded";

export interface LabelledQuery {
  text: string;
  intent: string;
}

export const OUT_OF_SCOPE = "oos";

export function readJsonl(path: string): LabelledQuery[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => {
      const row = JSON.parse(line) as { text?: unknown; intent?: unknown };
      if (typeof row.text !== "string" || typeof row.intent !== "string") throw new Error(`bad row in ${path}: ${line}`);
      return { text: row.text, intent: row.intent };
    });
}

export function entriesFromQueries(rows: LabelledQuery[]): KnowledgeEntryInput[] {
  const byIntent = new Map<string, string[]>();
  for (const row of rows) {
    if (row.intent === OUT_OF_SCOPE) continue;
    const texts = byIntent.get(row.intent) ?? [];
    texts.push(row.text);
    byIntent.set(row.intent, texts);
  }
  return [...byIntent].map(([intent, texts]) => ({
    id: intent,
    title: texts[0] as string,
    exampleQuestions: texts.slice(1),
    answer: intent,
  }));
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}

/** `override` merged into a copy of `base`, objects recursively (for --config). */
export function deepMerge(base: object, override: object): object {
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(override)) {
    const current = out[key];
    out[key] =
      value && typeof value === "object" && !Array.isArray(value) && current && typeof current === "object"
        ? deepMerge(current, value as object)
        : value;
  }
  return out;
}
