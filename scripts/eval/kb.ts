// Evaluation of the embedded responder on an intent dataset (CLINC150 format), through the
// product's own code: one knowledge-base entry per intent (its training texts are the phrasings,
// `oos` rows left out), every test question answered by the same `answer()` as the widget, at the
// product's default threshold.
//
//   npm run -s eval:kb -- --train ../shared/datasets/clinc150/train.jsonl --test ../shared/datasets/clinc150/val.jsonl
//
// Stdout: one JSON line per test question {text, predicted, confidence} (predicted null: the bot
// would not answer), then one summary line. Progress goes to stderr.
import { parseArgs } from "node:util";
import { buildKnowledgeModel, DEFAULT_CONFIDENCE_THRESHOLD, DEFAULT_TRAINING_OPTIONS, type TrainingOptions } from "@/features/responder/embedded";
import { deepMerge, entriesFromQueries, OUT_OF_SCOPE, percentile, readJsonl } from "./kb-data";

const { values } = parseArgs({
  options: {
    train: { type: "string" },
    test: { type: "string" },
    threshold: { type: "string" },
    // Training options merged over the defaults, as in kb-tune.ts: '{"softmax":{"epochs":4}}'.
    config: { type: "string", default: "{}" },
  },
});
if (!values.train || !values.test) {
  console.error("usage: npm run -s eval:kb -- --train <train.jsonl> --test <test.jsonl> [--threshold 0.x]");
  process.exit(2);
}
const threshold = values.threshold === undefined ? DEFAULT_CONFIDENCE_THRESHOLD : Number(values.threshold);

const entries = entriesFromQueries(readJsonl(values.train));
const answerOf = new Map(entries.map((entry) => [entry.id, entry.answer ?? entry.id]));
const phrasings = entries.reduce((sum, entry) => sum + 1 + entry.exampleQuestions.length, 0);
console.error(`training on ${entries.length} entries, ${phrasings} phrasings...`);
const trainStart = performance.now();
const options = deepMerge(DEFAULT_TRAINING_OPTIONS, JSON.parse(values.config ?? "{}") as object) as TrainingOptions;
const model = buildKnowledgeModel(entries, options);
const trainingSeconds = (performance.now() - trainStart) / 1000;
console.error(`trained in ${trainingSeconds.toFixed(1)} s`);

// Warm the JIT on training phrasings (not test questions), as a running widget process would be.
for (const entry of entries.slice(0, 50)) model.answer(entry.title, { threshold });

const test = readJsonl(values.test);
const lines: string[] = [];
const latencies: number[] = [];
// CPU time as well as wall clock: on a shared machine a query's wall time includes waiting for a core.
const cpuTimes: number[] = [];
let inScope = 0;
let inScopeCorrect = 0;
let outOfScope = 0;
let outOfScopeRefused = 0;
for (const row of test) {
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const answer = model.answer(row.text, { threshold });
  latencies.push(performance.now() - start);
  const cpu = process.cpuUsage(cpuStart);
  cpuTimes.push((cpu.user + cpu.system) / 1000);
  const predicted = answer.entryId === null ? null : (answerOf.get(answer.entryId) ?? answer.entryId);
  lines.push(JSON.stringify({ text: row.text, predicted, confidence: round(answer.confidence, 4) }));
  if (row.intent === OUT_OF_SCOPE) {
    outOfScope++;
    if (predicted === null) outOfScopeRefused++;
  } else {
    inScope++;
    if (predicted === row.intent) inScopeCorrect++;
  }
}
latencies.sort((a, b) => a - b);
cpuTimes.sort((a, b) => a - b);
lines.push(
  JSON.stringify({
    summary: true,
    threshold,
    inScopeAccuracy: round(inScope ? inScopeCorrect / inScope : 0, 4),
    outOfScopeRecall: round(outOfScope ? outOfScopeRefused / outOfScope : 0, 4),
    inScopeQueries: inScope,
    outOfScopeQueries: outOfScope,
    latencyMs: { p50: round(percentile(latencies, 50), 3), p99: round(percentile(latencies, 99), 3) },
    cpuMs: { p50: round(percentile(cpuTimes, 50), 3), p99: round(percentile(cpuTimes, 99), 3) },
    trainingSeconds: round(trainingSeconds, 2),
    entries: entries.length,
    phrasings,
  }),
);
process.stdout.write(`${lines.join("\n")}\n`);

function round(value: number, digits: number): number {
  return Number(value.toFixed(digits));
}
