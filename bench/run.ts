// `npm run bench`: runs every benchmark in bench/ as a child process (one at a time, so they do
// not compete for the two cores), collects the figures each prints as JSON lines on stdout, writes
// bench/results.json and prints a markdown table against the bars. Progress goes to stderr.
// Exits 1 when a benchmark crashed or printed no figures; a missed bar is reported, not fatal.
//
//   npm run bench [-- --only escalation-to-inbox] [-- --clinc ../shared/datasets/clinc150]
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { cpus, loadavg, platform, release, totalmem } from "node:os";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    only: { type: "string" },
    clinc: { type: "string", default: "../shared/datasets/clinc150" },
  },
});

type Line = Record<string, unknown>;
type Metrics = Record<string, number>;

interface Benchmark {
  name: string;
  args: string[];
  /** Metric name -> value, from the JSON lines the benchmark printed. */
  metrics(lines: Line[]): Metrics;
}

const num = (value: unknown): number | undefined => (typeof value === "number" && Number.isFinite(value) ? value : undefined);
const field = (line: Line | undefined, ...path: string[]): number | undefined => {
  let value: unknown = line;
  for (const key of path) value = value && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined;
  return num(value);
};

/** Drops the undefined entries, so a skipped part (no CLINC150) leaves no metric behind. */
function defined(entries: Record<string, number | undefined>): Metrics {
  return Object.fromEntries(Object.entries(entries).filter((entry): entry is [string, number] => entry[1] !== undefined));
}

const BENCHMARKS: Benchmark[] = [
  {
    name: "kb-latency",
    args: ["--clinc", values.clinc!],
    metrics(lines) {
      const kb = (name: string) => lines.find((line) => line.knowledgeBase === name);
      const clinc = kb("clinc150");
      const synthetic = kb("synthetic-2000x10");
      const p99s = [field(clinc, "queryMs", "p99"), field(synthetic, "queryMs", "p99")].filter((v): v is number => v !== undefined);
      return defined({
        // The bar holds for every knowledge base measured: the worst p99 is the figure.
        kb_answer_p99_ms: p99s.length > 0 ? Math.max(...p99s) : undefined,
        kb_answer_clinc150_p50_ms: field(clinc, "queryMs", "p50"),
        kb_answer_clinc150_p99_ms: field(clinc, "queryMs", "p99"),
        kb_answer_synthetic2000_p50_ms: field(synthetic, "queryMs", "p50"),
        kb_answer_synthetic2000_p99_ms: field(synthetic, "queryMs", "p99"),
        kb_training_clinc150_s: field(clinc, "trainingSeconds"),
        kb_training_synthetic2000_s: field(synthetic, "trainingSeconds"),
        kb_model_clinc150_mb: field(clinc, "serializedMegabytes"),
        kb_model_synthetic2000_mb: field(synthetic, "serializedMegabytes"),
        kb_model_load_synthetic2000_ms: field(synthetic, "loadMs"),
        // Quality at the default threshold (issue bars: >= 0.92 and >= 0.70 on CLINC150 val).
        kb_clinc150_in_scope_accuracy: field(clinc, "inScopeAccuracy"),
        kb_clinc150_oos_recall: field(clinc, "outOfScopeRecall"),
        kb_synthetic2000_accuracy: field(synthetic, "inScopeAccuracy"),
      });
    },
  },
  {
    name: "triggers-latency",
    args: [],
    metrics(lines) {
      const line = lines.find((l) => l.bench === "triggers-latency");
      return defined({
        trigger_eval_p99_ms: field(line, "p99ms"),
        trigger_eval_p50_ms: field(line, "p50ms"),
        trigger_eval_cpu_p99_ms: field(line, "cpuP99ms"),
      });
    },
  },
  {
    name: "escalation-to-inbox",
    args: [],
    metrics(lines) {
      const line = lines.find((l) => l.name === "escalation_to_inbox_p99_ms");
      return defined({
        escalation_to_inbox_p99_ms: field(line, "value"),
        escalation_to_inbox_p50_ms: field(line, "p50"),
        escalation_to_inbox_from_created_at_p99_ms: field(line, "from_created_at", "p99"),
        escalation_publish_to_inbox_p99_ms: field(line, "publish_to_receipt_ms", "p99"),
        escalation_to_inbox_missing: field(line, "missing"),
      });
    },
  },
  {
    name: "escalation-to-slack",
    args: [],
    metrics(lines) {
      const line = lines.find((l) => l.name === "escalation_to_slack_p99_ms");
      return defined({
        escalation_to_slack_p99_ms: field(line, "value"),
        slack_429_count: field(line, "slack_429_count"),
        escalation_to_slack_p50_ms: field(line, "p50"),
        escalation_to_slack_from_call_p99_ms: field(line, "from_call", "p99"),
        escalation_to_slack_missing: field(line, "missing"),
      });
    },
  },
  {
    name: "widget-size",
    args: [],
    metrics(lines) {
      const line = lines.find((l) => l.bench === "widget-size");
      return defined({ widget_loader_gz_kb: field(line, "loaderGzKb"), widget_open_gz_kb: field(line, "openGzKb") });
    },
  },
  {
    name: "idle-memory",
    args: [],
    metrics(lines) {
      const line = lines.find((l) => l.bench === "idle-memory");
      return defined({
        idle_visitor_memory_ratio: field(line, "ratio"),
        idle_visitor_memory_rss_ratio: field(line, "rssRatio"),
        idle_visitor_baton_kb: field(line, "batonKbPerSocket"),
        idle_visitor_bare_kb: field(line, "bareKbPerSocket"),
      });
    },
  },
  {
    name: "agent-reply",
    args: [],
    metrics(lines) {
      const line = lines.find((l) => l.bench === "agent-reply");
      return defined({
        agent_reply_to_visitor_p99_ms: field(line, "p99ms"),
        agent_reply_to_visitor_p50_ms: field(line, "p50ms"),
        agent_reply_failed: field(line, "failed"),
        agent_reply_missing: field(line, "missing"),
        agent_reply_server_cpu_ms: field(line, "serverCpuMsPerReply"),
      });
    },
  },
  {
    name: "first-token",
    args: [],
    metrics(lines) {
      const line = lines.find((l) => l.bench === "first-token");
      return defined({
        first_token_overhead_p99_ms: field(line, "overheadP99ms"),
        concurrent_streams: field(line, "concurrentStreams"),
        first_token_overhead_p50_ms: field(line, "overheadP50ms"),
        first_token_sql_per_message: field(line, "queriesPerMessage"),
      });
    },
  },
  {
    name: "inbox-query",
    args: [],
    metrics(lines) {
      const figure = (name: string) => lines.find((l) => l.name === name);
      return defined({
        inbox_query_p95_ms: field(figure("inbox_query_p95_ms"), "value"),
        analytics_query_p95_ms: field(figure("analytics_query_p95_ms"), "value"),
        analytics_page_p95_ms: field(figure("analytics_page_p95_ms"), "value"),
      });
    },
  },
];

/** The bars of the issues: metric -> [comparison, limit]. */
const BARS: Record<string, ["<" | "<=" | ">=", number]> = {
  widget_loader_gz_kb: ["<=", 6],
  widget_open_gz_kb: ["<=", 40],
  idle_visitor_memory_ratio: ["<=", 1.3],
  agent_reply_to_visitor_p99_ms: ["<=", 25],
  agent_reply_failed: ["<=", 0],
  agent_reply_missing: ["<=", 0],
  first_token_overhead_p99_ms: ["<=", 60],
  concurrent_streams: [">=", 400],
  kb_answer_p99_ms: ["<", 10],
  trigger_eval_p99_ms: ["<=", 5],
  escalation_to_inbox_p99_ms: ["<=", 250],
  escalation_to_inbox_missing: ["<=", 0],
  inbox_query_p95_ms: ["<=", 30],
  analytics_query_p95_ms: ["<=", 30],
  escalation_to_slack_p99_ms: ["<=", 150],
  slack_429_count: ["<=", 0],
};

const benchDir = fileURLToPath(new URL(".", import.meta.url));

/** Runs one benchmark under the same tsx loader as this process; resolves with its JSON lines. */
function run(benchmark: Benchmark): Promise<{ code: number | null; lines: Line[] }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...process.execArgv, `${benchDir}${benchmark.name}.ts`, ...benchmark.args], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let stdout = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      process.stderr.write(chunk);
    });
    child.on("close", (code) => {
      const lines: Line[] = [];
      for (const text of stdout.split("\n")) {
        if (!text.startsWith("{")) continue;
        try {
          lines.push(JSON.parse(text) as Line);
        } catch {
          // a readable line that happens to start with a brace
        }
      }
      resolve({ code, lines });
    });
  });
}

function verdict(metric: string, value: number): { bar: string; result: string } {
  const bar = BARS[metric];
  if (!bar) return { bar: "", result: "" };
  const [op, limit] = bar;
  const pass = op === "<" ? value < limit : op === ">=" ? value >= limit : value <= limit;
  return { bar: `${op} ${limit}`, result: pass ? "pass" : "**FAIL**" };
}

function table(metrics: Metrics): string {
  const rows = Object.entries(metrics).sort(([a], [b]) => Number(b in BARS) - Number(a in BARS));
  const lines = ["| metric | value | bar | pass/fail |", "|---|---:|---|---|"];
  for (const [metric, value] of rows) {
    const { bar, result } = verdict(metric, value);
    lines.push(`| \`${metric}\` | ${value} | ${bar} | ${result} |`);
  }
  return lines.join("\n");
}

async function main(): Promise<number> {
  const selected = BENCHMARKS.filter((benchmark) => !values.only || benchmark.name === values.only);
  const metrics: Metrics = {};
  const broken: string[] = [];
  const loadBefore = loadavg()[0] ?? 0;
  for (const benchmark of selected) {
    console.error(`\n== ${benchmark.name}`);
    const started = Date.now();
    const { code, lines } = await run(benchmark);
    const found = benchmark.metrics(lines);
    console.error(`== ${benchmark.name}: exit ${code}, ${Object.keys(found).length} figures, ${((Date.now() - started) / 1000).toFixed(1)} s`);
    if (code !== 0 || Object.keys(found).length === 0) broken.push(benchmark.name);
    Object.assign(metrics, found);
  }
  const cpu = cpus();
  const results = {
    metrics,
    machine: {
      cpus: cpu.length,
      model: cpu[0]?.model ?? "unknown",
      memGB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      platform: `${platform()} ${release()}`,
    },
    date: new Date().toISOString(),
    // Other work on the machine moves wall-clock percentiles: the 1-minute load around the run.
    loadAverage1m: { before: Number(loadBefore.toFixed(2)), after: Number((loadavg()[0] ?? 0).toFixed(2)) },
  };
  writeFileSync(`${benchDir}results.json`, `${JSON.stringify(results, null, 2)}\n`);
  console.log(table(metrics));
  console.log(
    `\n${results.machine.cpus} x ${results.machine.model}, ${results.machine.memGB} GB, Node ${results.machine.node}, ${results.machine.platform}; ` +
      `load average ${results.loadAverage1m.before} -> ${results.loadAverage1m.after}; ${results.date}`,
  );
  if (broken.length > 0) console.error(`\nbenchmarks that failed or printed no figures: ${broken.join(", ")}`);
  return broken.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
