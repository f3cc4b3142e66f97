// Evaluates handoff cases with a new workspace's default rules through the same engine as the product.
//   npm run -s eval:triggers -- --cases ../shared/datasets/handoff/dev.jsonl [--verbose]
// stdout: one JSON line per case, then one summary line. Everything else goes to stderr.
import { parseArgs } from "node:util";
import { defaultTriggerRules } from "@/features/triggers/default-rules";
import { evaluateConversation } from "@/features/triggers/evaluate-conversation";
import { readCases } from "./triggers-cases";
import { type CaseResult, mismatch, summarize } from "./triggers-metrics";

const { values } = parseArgs({ options: { cases: { type: "string" }, verbose: { type: "boolean", short: "v" } } });
if (!values.cases) {
  process.stderr.write("usage: eval:triggers -- --cases FILE.jsonl [--verbose]\n");
  process.exit(2);
}

const rules = defaultTriggerRules();
const results: CaseResult[] = [];
for (const c of readCases(values.cases)) {
  // The dataset's contact attributes are verified ones (README), so VIP rules may trust them.
  const decision = evaluateConversation({ messages: c.messages, contact: { ...c.contact, verified: true }, rules, context: c.context });
  const reasons = [...new Set(decision.escalate ? decision.reasons.map((r) => r.code) : [])];
  process.stdout.write(`${JSON.stringify({ id: c.id, escalate: decision.escalate, reasons })}\n`);
  const result: CaseResult = {
    id: c.id,
    expectEscalate: c.expect.escalate,
    expectReasons: c.expect.reasons,
    expectLang: c.lang,
    escalate: decision.escalate,
    reasons,
    language: decision.language,
  };
  results.push(result);
  const miss = mismatch(result);
  if (miss && values.verbose) {
    process.stderr.write(`${miss}\n   ${c.messages[c.messages.length - 1]?.text ?? ""}\n   ${JSON.stringify(decision.reasons.map((r) => [r.code, r.evidence.matched]))}\n`);
  }
}
process.stdout.write(`${JSON.stringify(summarize(results))}\n`);
