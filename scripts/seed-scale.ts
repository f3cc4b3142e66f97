// `npm run seed:scale [-- --conversations 100000 --messages 5000000 --days 180]`: one workspace,
// "Scale Co", with 100,000 conversations and 5,000,000 messages in the database at DATABASE_URL
// (migrated first). Rows are made by INSERT ... SELECT over generate_series in chunks, so Postgres
// does the work and nothing crosses the wire row by row; progress goes to stderr.
//
// The mix, over the last `days` days, drawn from a hash of the conversation number (repeatable):
// 55% bot only, 30% escalated (95% of them claimed; reasons from the seven codes), 5% leads, 10%
// answered by agents without a handoff; 20 agents in 3 teams, 2 inboxes (widget 80%, WhatsApp 20%),
// CSAT on 40% of the resolved human chats. The last day holds the open queue: queued, assigned, bot.
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import pg from "pg";

export interface ScaleSeed {
  organizationId: string;
  ownerId: string;
  agentIds: string[];
  teamIds: string[];
  inboxIds: { web: string; whatsapp: string };
  conversations: number;
  messages: number;
}

export interface SeedScaleOptions {
  databaseUrl: string;
  conversations?: number;
  messages?: number;
  days?: number;
  chunk?: number;
  log?: (line: string) => void;
}

const AGENTS = 20;
const ORG = "scale_org";

// Visitor, bot and agent lines the bodies are drawn from (search finds words in them).
const VISITOR_LINES = [
  "Hi, where is my order?", "I want a refund for my jacket", "Do you ship to Canada?", "How long does delivery take?",
  "My invoice shows the wrong address", "Can I change the size of my boots?", "The zipper broke after a week",
  "I was charged twice for the same order", "Is the tent waterproof?", "Can I talk to a human please",
  "What is your return policy?", "Do you have a store in Berlin?", "My discount code does not work",
  "I need a copy of my invoice", "When will the backpack be back in stock?", "This is the third time I ask",
];
const BOT_LINES = [
  "Orders arrive in 3-5 working days.", "You can return anything within 30 days.", "We ship to 40 countries, Canada included.",
  "Your invoice is in your account under Orders.", "I am not sure about that; would you like to talk to a person?",
  "Our tents are rated 3000 mm waterproof.", "Discount codes cannot be combined.",
];
const AGENT_LINES = [
  "Thanks for waiting, I am looking at your order now.", "I have issued the refund; it takes 5 days to show.",
  "I updated the address on your invoice.", "Sorry about that, a replacement is on its way.", "Anything else I can help with?",
];
const REASONS = ["explicit_request", "negative_sentiment", "sensitive_topic", "high_value_intent", "low_confidence", "repeated_failure", "vip_customer"];

const sqlArray = (lines: string[]) => `ARRAY[${lines.map((line) => `'${line.replace(/'/g, "''")}'`).join(", ")}]`;

export async function seedScale({ databaseUrl, conversations = 100_000, messages = 5_000_000, days = 180, chunk = 5_000, log = (line) => console.error(line) }: SeedScaleOptions): Promise<ScaleSeed> {
  const perConversation = Math.max(2, Math.round(messages / conversations));
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const started = Date.now();
  try {
    // A throwaway bulk load: losing the last commits on a crash costs nothing.
    await client.query("SET synchronous_commit = off");
    await client.query("SET maintenance_work_mem = '256MB'");
    await skipForeignKeyChecks(client, log);
    await seedWorkspace(client);
    const deferred = await dropMessageIndexesIfEmpty(client, log);
    try {
      for (let first = 0; first < conversations; first += chunk) {
        const last = Math.min(conversations, first + chunk);
        await client.query("BEGIN");
        await client.query(conversationsSql(first, last, conversations, days, perConversation));
        await client.query(handoffsSql(first, last));
        await client.query(messagesSql(first, last, perConversation));
        await client.query("COMMIT");
        log(`seed:scale ${last.toLocaleString("en")} / ${conversations.toLocaleString("en")} conversations, ${(last * perConversation).toLocaleString("en")} messages, ${((Date.now() - started) / 1000).toFixed(0)} s`);
      }
    } finally {
      await client.query("ROLLBACK").catch(() => {});
      for (const index of deferred) {
        log(`seed:scale CREATE ${index.name}`);
        await client.query(index.definition);
      }
    }
    // Fresh statistics and a visibility map: the planner and index-only scans see the real table.
    log("seed:scale VACUUM ANALYZE");
    for (const table of ["Contact", "Conversation", "Handoff", "Message"]) await client.query(`VACUUM ANALYZE "${table}"`);
    log(`seed:scale done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    await client.end();
  }
  const agentIds = Array.from({ length: AGENTS }, (_, i) => `scale_agent_${i}`);
  return {
    organizationId: ORG,
    ownerId: "scale_owner",
    agentIds,
    teamIds: ["scale_team_0", "scale_team_1", "scale_team_2"],
    inboxIds: { web: "scale_inbox_web", whatsapp: "scale_inbox_wa" },
    conversations,
    messages: conversations * perConversation,
  };
}

/**
 * Into an empty Message table, building its secondary indexes once at the end is several times
 * faster than updating seven B-trees row by row. Their exact definitions are read back from the
 * catalog and recreated even when the load fails, so the schema is left as migrations made it.
 */
async function dropMessageIndexesIfEmpty(client: pg.Client, log: (line: string) => void) {
  const { rows: empty } = await client.query<{ empty: boolean }>(`SELECT NOT EXISTS (SELECT 1 FROM "Message") AS empty`);
  if (!empty[0]?.empty) return [];
  const { rows } = await client.query<{ name: string; definition: string }>(
    `SELECT indexname AS name, indexdef AS definition FROM pg_indexes WHERE schemaname = current_schema() AND tablename = 'Message' AND indexname <> 'Message_pkey'`,
  );
  for (const index of rows) await client.query(`DROP INDEX "${index.name}"`);
  log(`seed:scale Message is empty: its ${rows.length} secondary indexes are built after the load`);
  return rows;
}

/** The rows are consistent by construction; skipping FK triggers (superuser only) halves the load. */
async function skipForeignKeyChecks(client: pg.Client, log: (line: string) => void) {
  try {
    await client.query("SET session_replication_role = replica");
  } catch {
    log("seed:scale not a superuser: foreign keys are checked row by row (slower)");
  }
}

async function seedWorkspace(client: pg.Client) {
  await client.query(`
    INSERT INTO "Organization" (id, name, slug) VALUES ('${ORG}', 'Scale Co', 'scale-co');
    INSERT INTO "WorkspaceSettings" ("organizationId", timezone, "updatedAt") VALUES ('${ORG}', 'Europe/Berlin', now());
    INSERT INTO "User" (id, name, email, "updatedAt")
      SELECT 'scale_owner', 'Scale Owner', 'owner@scale.test', now()
      UNION ALL SELECT 'scale_agent_' || i, 'Agent ' || i, 'agent' || i || '@scale.test', now() FROM generate_series(0, ${AGENTS - 1}) i;
    INSERT INTO "Member" (id, "organizationId", "userId", role, status)
      SELECT 'scale_member_owner', '${ORG}', 'scale_owner', 'owner', 'ONLINE'
      UNION ALL SELECT 'scale_member_' || i, '${ORG}', 'scale_agent_' || i, 'agent', (CASE WHEN i % 3 = 0 THEN 'OFFLINE' ELSE 'ONLINE' END)::"AgentStatus" FROM generate_series(0, ${AGENTS - 1}) i;
    INSERT INTO "Team" (id, "organizationId", name, "updatedAt") VALUES
      ('scale_team_0', '${ORG}', 'Support', now()), ('scale_team_1', '${ORG}', 'Billing', now()), ('scale_team_2', '${ORG}', 'Sales', now());
    INSERT INTO "TeamMember" (id, "organizationId", "teamId", "userId")
      SELECT 'scale_tm_' || i, '${ORG}', 'scale_team_' || (i % 3), 'scale_agent_' || i FROM generate_series(0, ${AGENTS - 1}) i;
    INSERT INTO "Inbox" (id, "organizationId", name, channel, "publicKey", "botMode", "updatedAt") VALUES
      ('scale_inbox_web', '${ORG}', 'Website', 'WEB_WIDGET', 'pk_scale_web', 'BOT_WITH_AGENTS', now()),
      ('scale_inbox_wa', '${ORG}', 'WhatsApp', 'WHATSAPP', 'pk_scale_wa', 'BOT_WITH_AGENTS', now());
  `);
}

// Per conversation n: u(n, salt) is a repeatable uniform number in [0, 1).
const u = (salt: string, n = "n") => `((hashtext(${n}::text || '${salt}')::bigint + 2147483648) / 4294967296.0)`;

function conversationsSql(first: number, last: number, total: number, days: number, perConversation: number) {
  // Conversation n starts at a time proportional to n, so the table is in time order, as in life.
  return `
    WITH base AS (
      SELECT n,
        (now() AT TIME ZONE 'UTC') - make_interval(secs => ${days} * 86400.0 * (1 - n::float8 / ${total}) + 60) AS created,
        ${u("kind")} AS k, ${u("chan")} AS ch, ${u("csat")} AS cs, ${u("open")} AS op
      FROM generate_series(${first}, ${last - 1}) n
    ), shaped AS (
      SELECT n, created, ch, cs,
        CASE WHEN k < 0.55 THEN 'bot' WHEN k < 0.85 THEN 'escalated' WHEN k < 0.90 THEN 'lead' ELSE 'agent' END AS kind,
        -- The last day is still open: bot chats running, escalations waiting or being answered.
        created > (now() AT TIME ZONE 'UTC') - interval '1 day' AS recent, op
      FROM base
    ), contacts AS (
      INSERT INTO "Contact" (id, "organizationId", name, email, "updatedAt", "createdAt")
      SELECT 'sc_contact_' || n, '${ORG}',
        (ARRAY['Ana','Omar','Li','Sofia','Jonas','Priya','Mateo','Yuki','Fatima','Lucas'])[1 + n % 10] || ' ' || (ARRAY['Okafor','Schmidt','Garcia','Nguyen','Rossi','Khan','Silva','Kowalski'])[1 + (n / 10) % 8] || ' ' || n,
        'visitor' || n || '@example.com', created, created
      FROM shaped
    )
    INSERT INTO "Conversation" (id, "organizationId", "inboxId", "contactId", status, "assigneeId", "teamId", language, "lastSeq", "lastMessageAt",
      "queuedAt", "assignedAt", "resolvedAt", "csatScore", "csatAt", "createdAt", "updatedAt")
    SELECT 'sc_' || n, '${ORG}', CASE WHEN ch < 0.8 THEN 'scale_inbox_web' ELSE 'scale_inbox_wa' END, 'sc_contact_' || n,
      st::"ConversationStatus",
      CASE WHEN kind IN ('escalated', 'agent') AND st <> 'QUEUED' THEN 'scale_agent_' || (n % ${AGENTS}) END,
      CASE WHEN kind IN ('escalated', 'agent', 'lead') THEN 'scale_team_' || (n % 3) END,
      'en', ${perConversation}, created + make_interval(secs => ${perConversation} * 20),
      CASE WHEN kind IN ('escalated', 'lead') THEN created + interval '2 minutes' END,
      CASE WHEN kind = 'agent' OR (kind = 'escalated' AND st <> 'QUEUED') THEN created + interval '2 minutes' + make_interval(secs => 5 + (n % 300)) END,
      CASE WHEN st = 'RESOLVED' THEN created + make_interval(secs => ${perConversation} * 20 + 60) END,
      CASE WHEN st = 'RESOLVED' AND kind IN ('escalated', 'agent') AND cs < 0.4 THEN 1 + (n % 5) END,
      CASE WHEN st = 'RESOLVED' AND kind IN ('escalated', 'agent') AND cs < 0.4 THEN created + make_interval(secs => ${perConversation} * 20 + 90) END,
      created, created
    FROM (
      SELECT *, CASE
        WHEN kind = 'lead' THEN 'LEAD_CAPTURE'
        WHEN NOT recent THEN 'RESOLVED'
        WHEN kind = 'bot' THEN 'BOT'
        WHEN kind = 'escalated' AND op < 0.3 THEN 'QUEUED'
        WHEN kind IN ('escalated', 'agent') AND op < 0.8 THEN 'ASSIGNED'
        ELSE 'RESOLVED' END AS st
      FROM shaped
    ) s`;
}

function handoffsSql(first: number, last: number) {
  return `
    INSERT INTO "Handoff" (id, "organizationId", "conversationId", status, reasons, "teamId", "claimedById", "claimedVia", "claimedAt",
      "firstNotifiedAt", "firstHumanReplyAt", "resolvedAt", "createdAt")
    SELECT 'sh_' || c.id, c."organizationId", c.id,
      (CASE WHEN c.status = 'RESOLVED' THEN 'RESOLVED' WHEN c."assignedAt" IS NOT NULL THEN 'CLAIMED' ELSE 'OPEN' END)::"HandoffStatus",
      jsonb_build_array(jsonb_build_object('code', (ARRAY[${REASONS.map((r) => `'${r}'`).join(", ")}])[1 + abs(hashtext(c.id || 'r')) % ${REASONS.length}])),
      c."teamId", c."assigneeId", CASE WHEN c."assigneeId" IS NOT NULL THEN 'inbox' END, c."assignedAt",
      c."queuedAt" + interval '1 second',
      c."assignedAt" + make_interval(secs => 10 + abs(hashtext(c.id || 'f')) % 200),
      c."resolvedAt", c."queuedAt"
    FROM "Conversation" c
    WHERE c."organizationId" = '${ORG}' AND c."queuedAt" IS NOT NULL AND c.id IN (SELECT 'sc_' || n FROM generate_series(${first}, ${last - 1}) n)`;
}

function messagesSql(first: number, last: number, perConversation: number) {
  // Odd lines are the visitor's; even lines the bot's, except after the handoff (line 6) of a
  // conversation a person answered, where they are the agent's.
  return `
    INSERT INTO "Message" (id, "organizationId", "conversationId", seq, role, source, "authorId", body, "botConfidence", "createdAt")
    SELECT c.id || '_' || s, c."organizationId", c.id, s, m.role::"MessageRole",
      (CASE WHEN m.role = 'VISITOR' THEN CASE WHEN c."inboxId" = 'scale_inbox_wa' THEN 'WHATSAPP' ELSE 'WIDGET' END WHEN m.role = 'AGENT' THEN 'INBOX' ELSE 'SYSTEM' END)::"MessageSource",
      CASE WHEN m.role = 'AGENT' THEN c."assigneeId" END,
      CASE m.role
        WHEN 'VISITOR' THEN (${sqlArray(VISITOR_LINES)})[1 + abs(hashtext(c.id || s)) % ${VISITOR_LINES.length}]
        WHEN 'BOT' THEN (${sqlArray(BOT_LINES)})[1 + abs(hashtext(c.id || s)) % ${BOT_LINES.length}]
        ELSE (${sqlArray(AGENT_LINES)})[1 + abs(hashtext(c.id || s)) % ${AGENT_LINES.length}] END,
      CASE WHEN m.role = 'BOT' THEN (abs(hashtext(c.id || s || 'c')) % 1000) / 1000.0 END,
      c."createdAt" + make_interval(secs => s * 20)
    FROM "Conversation" c
    CROSS JOIN generate_series(1, ${perConversation}) s
    CROSS JOIN LATERAL (SELECT CASE WHEN s % 2 = 1 THEN 'VISITOR' WHEN s > 6 AND c."assigneeId" IS NOT NULL THEN 'AGENT' ELSE 'BOT' END AS role) m
    WHERE c."organizationId" = '${ORG}' AND c.id IN (SELECT 'sc_' || n FROM generate_series(${first}, ${last - 1}) n)`;
}

async function main() {
  const { values } = parseArgs({
    options: {
      conversations: { type: "string", default: "100000" },
      messages: { type: "string", default: "5000000" },
      days: { type: "string", default: "180" },
    },
  });
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error("Set DATABASE_URL to a migrated database (npm run db:deploy) to seed into");
  const seed = await seedScale({ databaseUrl, conversations: Number(values.conversations), messages: Number(values.messages), days: Number(values.days) });
  console.log(JSON.stringify(seed));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
