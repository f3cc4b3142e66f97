// Benchmark of the embedded responder: training time on CLINC150 (150 entries x 100 phrasings)
// and on a synthetic 2,000-entry knowledge base (10 phrasings each), per-question latency
// (p50/p99) for both, the size of the serialised model, and the answers' quality at the default
// threshold (CLINC150 validation split: in-scope accuracy and out-of-scope recall, as
// scripts/eval/kb.ts reports them). Prints figures; asserts nothing.
//
//   npx tsx bench/kb-latency.ts [--clinc ../shared/datasets/clinc150]
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { buildKnowledgeModel, type KnowledgeEntryInput, type KnowledgeModel, loadKnowledgeModel } from "@/features/responder/embedded";
import { entriesFromQueries, OUT_OF_SCOPE, percentile, readJsonl } from "../scripts/eval/kb-data";
import { syntheticKnowledgeBase } from "./kb-synthetic";

const { values } = parseArgs({ options: { clinc: { type: "string", default: "../shared/datasets/clinc150" } } });

interface Figures {
  knowledgeBase: string;
  entries: number;
  phrasings: number;
  trainingSeconds: number;
  serializedMegabytes: number;
  loadMs: number;
  queryMs: { p50: number; p99: number; max: number };
  questions: number;
  /** Share of in-scope questions answered with their own entry, and of out-of-scope ones refused. */
  inScopeAccuracy: number;
  outOfScopeRecall: number | null;
}

/** A test question and the entry that answers it (OUT_OF_SCOPE: none does). */
type Question = [text: string, entryId: string];

function measure(name: string, entries: KnowledgeEntryInput[], questions: Question[]): Figures {
  const start = performance.now();
  const model = buildKnowledgeModel(entries);
  const trainingSeconds = (performance.now() - start) / 1000;
  const json = JSON.stringify(model.toJSON());
  const loadStart = performance.now();
  loadKnowledgeModel(json);
  const loadMs = performance.now() - loadStart;
  return {
    knowledgeBase: name,
    entries: entries.length,
    phrasings: entries.reduce((sum, e) => sum + 1 + e.exampleQuestions.length, 0),
    trainingSeconds: round(trainingSeconds),
    serializedMegabytes: round(json.length / 1e6),
    loadMs: round(loadMs),
    queryMs: latencies(model, questions.map(([text]) => text)),
    questions: questions.length,
    ...quality(model, questions),
  };
}

function quality(model: KnowledgeModel, questions: Question[]) {
  const inScope = questions.filter(([, entryId]) => entryId !== OUT_OF_SCOPE);
  const outOfScope = questions.filter(([, entryId]) => entryId === OUT_OF_SCOPE);
  const right = inScope.filter(([text, entryId]) => model.answer(text).entryId === entryId).length;
  const refused = outOfScope.filter(([text]) => model.answer(text).entryId === null).length;
  return {
    inScopeAccuracy: round(inScope.length ? right / inScope.length : 0, 4),
    outOfScopeRecall: outOfScope.length ? round(refused / outOfScope.length, 4) : null,
  };
}

function latencies(model: KnowledgeModel, questions: string[]) {
  for (const question of questions.slice(0, 100)) model.answer(question); // JIT warm-up
  const times = questions.map((question) => {
    const start = performance.now();
    model.answer(question);
    return performance.now() - start;
  });
  times.sort((a, b) => a - b);
  return { p50: round(percentile(times, 50), 3), p99: round(percentile(times, 99), 3), max: round(times.at(-1) ?? 0, 3) };
}

function round(value: number, digits = 2): number {
  return Number(value.toFixed(digits));
}

const results: Figures[] = [];
const trainPath = `${values.clinc}/train.jsonl`;
const valPath = `${values.clinc}/val.jsonl`;
if (existsSync(trainPath) && existsSync(valPath)) {
  console.error("CLINC150...");
  results.push(measure("clinc150", entriesFromQueries(readJsonl(trainPath)), readJsonl(valPath).map((r): Question => [r.text, r.intent])));
} else {
  console.error(`CLINC150 not found under ${values.clinc}; skipped`);
}
console.error("synthetic 2,000 x 10...");
const synthetic = syntheticKnowledgeBase(2000, 10);
results.push(measure("synthetic-2000x10", synthetic.entries, synthetic.questions));
for (const figures of results) console.log(JSON.stringify(figures));
