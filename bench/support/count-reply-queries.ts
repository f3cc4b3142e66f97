// How many SQL statements the two chat hot paths cost, counted by wrapping pg.Client#query (which
// @prisma/adapter-pg and better-auth both call for each statement, BEGIN/COMMIT included):
//   - agent reply: the inbox messages route (POST), session and membership included, on a
//     conversation the agent already holds (the steady state of agent-reply.ts);
//   - visitor message: the widget messages route (POST), then the bot's reply in the background up
//     to the moment the LLM request reaches the fake OpenAI server (first-token.ts's overhead),
//     and the statements after it (the answer stored).
// Requests run one at a time so nothing else is counted; the first of each kind warms caches and
// is not counted.
//
//   npx tsx bench/support/count-reply-queries.ts [--replies 5] [--verbose]
import { randomUUID } from "node:crypto";
import { parseArgs } from "node:util";
import pg from "pg";
import { startFakeOpenAI } from "../../test/fakes/openai-server";
import { createBenchEnvironment } from "./bench-database";

const { values } = parseArgs({ options: { replies: { type: "string", default: "5" }, verbose: { type: "boolean", default: false } } });
const COUNT = Number(values.replies);

let recording: string[] | null = null;
const query = pg.Client.prototype.query as (...args: unknown[]) => unknown;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  const first = args[0] as string | { text?: string };
  recording?.push((typeof first === "string" ? first : (first?.text ?? "")).replace(/\s+/g, " ").slice(0, 160));
  return query.apply(this, args);
} as typeof pg.Client.prototype.query;

const mean = (counts: number[]) => Number((counts.reduce((sum, n) => sum + n, 0) / Math.max(1, counts.length)).toFixed(1));
const show = (label: string, statements: string[]) => {
  if (!values.verbose) return;
  console.error(`${label}:`);
  for (const statement of statements) console.error(`  ${statement}`);
};

// Different questions, so the repeated-failure rule never hands the conversation off.
const QUESTIONS = ["What time do you open on Sundays?", "Do you have this jacket in blue?", "How long does delivery take?", "Can I pick up my order in store?", "Which sizes does the trail shoe come in?", "Is the rain coat machine washable?"];

/** Statements recorded when the LLM request arrived (the fake's responder runs then). */
let atLlm = -1;

async function measure() {
  const seed = await import("./escalation-seed");
  const agentRoute = await import("@/app/api/inbox/conversations/[conversationId]/messages/route");
  const widgetRoute = await import("@/app/api/widget/messages/route");
  const { claimConversation } = await import("@/features/inbox/claim-conversation");
  const { drainBackground } = await import("@/server/background");
  const { db } = await import("@/server/db");
  const { env } = await import("@/server/env");
  const { getRedis } = await import("@/server/redis");
  const { closeQueues } = await import("@/jobs/queues");
  try {
    const { organizationId, agents } = await seed.seedAgents(1);
    const agent = agents[0]!;
    const inbox = await seed.seedWidgetInbox(organizationId);
    // As first-token.ts: 20 entries, more than are trained in place, so retrieval is lexical.
    await db.knowledgeEntry.createMany({
      data: Array.from({ length: 20 }, (_, i) => ({ organizationId, title: `Topic ${i}`, exampleQuestions: [`question about topic ${i}`], answer: `Answer about topic ${i}.` })),
    });
    const visitors = await seed.seedVisitors(inbox.publicKey, 2);
    const [claimed] = await seed.seedConversations(organizationId, inbox.id, visitors.slice(0, 1));
    await claimConversation({ organizationId, conversationId: claimed!, userId: agent.userId, via: "inbox" });

    const replyCounts: number[] = [];
    for (let i = 0; i <= COUNT; i++) {
      recording = [];
      const request = new Request(`${env.PUBLIC_URL}/api/inbox/conversations/${claimed}/messages`, {
        method: "POST",
        headers: { cookie: agent.cookie, origin: env.PUBLIC_URL, "content-type": "application/json" },
        body: JSON.stringify({ clientId: randomUUID(), text: `Reply ${i}` }),
      });
      const response = await agentRoute.POST(request, { params: Promise.resolve({ conversationId: claimed! }) });
      const statements = recording;
      recording = null;
      if (response.status !== 201) throw new Error(`agent reply: ${response.status} ${await response.text()}`);
      if (i === 0) continue;
      replyCounts.push(statements.length);
      if (i === 1) show("agent reply", statements);
    }

    const visitor = visitors[1]!;
    // The bot's one context read formats the knowledge-base version itself: it must match the
    // cache key getKnowledgeVersion makes, or every question would miss the model caches.
    const { getBotTurnContext } = await import("@/features/responder/bot-turn.repository");
    const { getKnowledgeVersion } = await import("@/features/knowledge/knowledge.repository");
    const turn = await getBotTurnContext(db, { organizationId, messageId: (await db.message.findFirstOrThrow({ where: { organizationId } })).id });
    const version = await getKnowledgeVersion(db, { organizationId });
    if (turn?.knowledgeVersion !== version) throw new Error(`knowledge version ${turn?.knowledgeVersion} != ${version}`);
    const beforeLlm: number[] = [];
    const afterLlm: number[] = [];
    for (let i = 0; i <= COUNT; i++) {
      const statements: string[] = [];
      recording = statements;
      atLlm = -1;
      const request = new Request(`${env.PUBLIC_URL}/api/widget/messages`, {
        method: "POST",
        headers: { authorization: `Bearer ${visitor.token}`, "content-type": "application/json", "x-forwarded-for": "10.0.0.1" },
        body: JSON.stringify({ clientId: randomUUID(), text: QUESTIONS[i % QUESTIONS.length] }),
      });
      const response = await widgetRoute.POST(request, { params: Promise.resolve({}) });
      if (response.status !== 201) throw new Error(`visitor message: ${response.status} ${await response.text()}`);
      await drainBackground();
      recording = null;
      if (atLlm === -1) throw new Error("the bot never called the LLM (escalated?)");
      if (i === 0) continue;
      beforeLlm.push(atLlm);
      afterLlm.push(statements.length - atLlm);
      if (i === 1) show(`visitor message (LLM called after statement ${atLlm})`, statements);
    }
    console.log(
      JSON.stringify({
        agent_reply_sql_statements: mean(replyCounts),
        visitor_message_sql_statements_before_llm: mean(beforeLlm),
        visitor_message_sql_statements_after_llm: mean(afterLlm),
        samples: COUNT,
      }),
    );
  } finally {
    await closeQueues();
    await Promise.allSettled([getRedis().quit(), db.$disconnect()]);
  }
}

async function main() {
  const llm = await startFakeOpenAI();
  // Confident enough to be stored, so no conversation escalates for repeated failures.
  llm.setResponder((body) => {
    // The streamed answer only (a handoff's summary request is not streamed).
    if (body.stream === true && atLlm === -1) atLlm = recording?.length ?? -1;
    return { json: { answer: "We open at nine.", confidence: 0.9, intent: "opening_hours", sources: [] }, delayMs: 20 };
  });
  try {
    const bench = await createBenchEnvironment("replyqueries", { OPENAI_API_KEY: "bench-key", OPENAI_BASE_URL: `${llm.url}/v1` });
    try {
      Object.assign(process.env, bench.env);
      await measure();
    } finally {
      await bench.dispose();
    }
  } finally {
    await llm.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
