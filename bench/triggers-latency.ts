// Evaluation latency: a 30-message conversation against 50 rules (target p99 <= 5 ms).
//   npx tsx bench/triggers-latency.ts [iterations]
// Each iteration ends on a new visitor message (its text never seen before), as in production,
// so per-text caches only help with the earlier turns.
import { loadavg } from "node:os";
import { defaultTriggerRules } from "@/features/triggers/default-rules";
import { evaluateConversation } from "@/features/triggers/evaluate-conversation";
import type { TTriggerMessage, TTriggerRule } from "@/features/triggers/triggers.schemas";

const iterations = Number(process.argv[2] ?? 3000);

const VISITOR = [
  "hi, do you ship to Canada?",
  "how long does express delivery take?",
  "¿Tenéis la talla 38 en negro?",
  "my order 55120 still shows processing, can you check?",
  "Kann ich per Rechnung zahlen?",
  "what's the return window for sale items?",
  "ابغى اعرف متى يوصل طلبي",
  "is the jacket waterproof?",
  "我的订单什么时候发货？",
  "do you have a student discount?",
];
const LAST = [
  "this is ridiculous, I want to talk to a manager now",
  "can you tell me when my refund for order 8812 will arrive?",
  "we need a quote for 300 branded mugs",
  "ok thanks, that's all",
  "Quiero hablar con una persona real",
  "that's not what I asked, I need the invoice address changed",
];

function conversation(i: number): TTriggerMessage[] {
  const messages: TTriggerMessage[] = [];
  for (let t = 0; t < 29; t++) {
    messages.push(t % 2 === 0 ? { role: "visitor", text: VISITOR[(t / 2) % VISITOR.length] ?? "" } : { role: "bot", text: "Here is what I found in our help centre.", confidence: 0.5 + (t % 5) / 10 });
  }
  messages.push({ role: "visitor", text: `${LAST[i % LAST.length]} (${i})` });
  return messages;
}

function rules(): TTriggerRule[] {
  const out = defaultTriggerRules();
  const words = ["refund*", "*agent", "lawsuit", "cancel ~2 subscription", "invoice|receipt", "manager", "discount code", "broken|damaged", "urgent", "wholesale"];
  for (let i = out.length; i < 50; i++) {
    const word = words[i % words.length] ?? "x";
    const variants: TTriggerRule["conditions"][] = [
      { keywords: { any: { en: [word, `${word} please`], es: [`${word} ahora`] } } },
      { keywords: { any: { "*": [word] } }, lowConfidence: { consecutive: 1, threshold: 0.3 + (i % 5) / 10 } },
      { negativeSentiment: { minScore: 1 + (i % 4) }, pageMatches: ["/checkout*", "/pricing*"] },
      { explicitRequest: { phrases: { en: [`${word} now`] } }, channel: ["widget", "whatsapp"] },
      { sensitiveTopic: { categories: ["money_action", "legal"] }, contact: { lifetimeValueAtLeast: 100 * i } },
      { highValueIntent: { minQuantity: 5 + i }, match: "any", keywords: { any: { en: [word] } } },
    ];
    out.push({
      id: `custom-${i}`,
      name: `Custom rule ${i}`,
      reason: "sensitive_topic",
      enabled: true,
      position: i,
      conditions: variants[i % variants.length] ?? { keywords: { any: { en: [word] } } },
      action: i % 3 === 0 ? { type: "tag", tags: [`t${i}`] } : { type: "handoff" },
    });
  }
  return out;
}

const ruleSet = rules();
const contact = { verified: true, plan: "pro", lifetimeValue: 2500 };
const context = { channel: "widget" as const, page: "/checkout/payment", sessionMinutes: 12 };

for (let i = 0; i < 200; i++) evaluateConversation({ messages: conversation(i), contact, rules: ruleSet, context });

const times: number[] = [];
const cpuTimes: number[] = [];
let escalations = 0;
const cpuStart = process.cpuUsage();
for (let i = 0; i < iterations; i++) {
  const messages = conversation(1000 + i);
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  const decision = evaluateConversation({ messages, contact, rules: ruleSet, context });
  times.push(performance.now() - start);
  const used = process.cpuUsage(cpu0);
  cpuTimes.push((used.user + used.system) / 1000);
  if (decision.escalate) escalations++;
}
const cpu = process.cpuUsage(cpuStart);
times.sort((a, b) => a - b);
cpuTimes.sort((a, b) => a - b);
const pick = (list: number[], q: number) => Number((list[Math.min(list.length - 1, Math.floor(q * list.length))] ?? 0).toFixed(3));
const at = (q: number) => pick(times, q);
console.log(
  JSON.stringify({
    bench: "triggers-latency",
    messages: 30,
    rules: ruleSet.length,
    iterations,
    p50ms: at(0.5),
    p90ms: at(0.9),
    p99ms: at(0.99),
    maxMs: at(1),
    escalated: escalations,
    // Wall-clock percentiles include whatever else the machine is doing; CPU time per evaluation does not
    // (process CPU, so garbage collection threads count).
    cpuMeanMs: Number(((cpu.user + cpu.system) / 1000 / iterations).toFixed(3)),
    cpuP50ms: pick(cpuTimes, 0.5),
    cpuP99ms: pick(cpuTimes, 0.99),
    loadAverage1m: Number(loadavg()[0]?.toFixed(2)),
  }),
);
