// The demo workspace, seeded idempotently: running it twice changes nothing the second time.
import { hashApiKey } from "../src/features/tenants/api-keys";
import { auth } from "../src/server/auth";
import { db } from "../src/server/db";
import { DEMO_KNOWLEDGE } from "./demo-knowledge";
import { seedDefaultRules } from "../src/features/triggers/seed-default-rules";
import { seedDemoHandoff } from "./seed-demo-handoff";

export const DEMO_PASSWORD = process.env.DEMO_PASSWORD || "baton-demo-2026";
export const DEMO_API_KEY = "bk_demo_local_only_do_not_use_in_production";
export const DEMO_WIDGET_KEY = "pk_demo_northwind";

const PEOPLE = [
  { email: "demo@baton.local", name: "Dana Owner", role: "owner", languages: ["en"] },
  { email: "ana@baton.local", name: "Ana Silva", role: "agent", languages: ["en", "pt", "es"] },
  { email: "omar@baton.local", name: "Omar Haddad", role: "agent", languages: ["en", "ar", "fr"] },
] as const;

// Ana: Sales and Support; Omar: Support and Billing (routing rules in seed-demo-handoff.ts).
const TEAMS = [
  { name: "Sales", description: "Pricing, demos, volume orders", members: ["ana@baton.local"] },
  { name: "Support", description: "Orders, shipping, returns", members: ["ana@baton.local", "omar@baton.local"] },
  { name: "Billing", description: "Refunds, chargebacks, payments", members: ["omar@baton.local"] },
];

async function ensureUser(person: (typeof PEOPLE)[number]): Promise<string> {
  const existing = await db.user.findUnique({ where: { email: person.email }, select: { id: true } });
  if (existing) return existing.id;
  const { user } = await auth.api.signUpEmail({ body: { email: person.email, name: person.name, password: DEMO_PASSWORD } });
  await db.user.update({ where: { id: user.id }, data: { emailVerified: true, languages: [...person.languages] } });
  return user.id;
}

export async function seedDemo() {
  const userIds = new Map<string, string>();
  for (const person of PEOPLE) userIds.set(person.email, await ensureUser(person));

  const organization = await db.organization.upsert({
    where: { slug: "northwind" },
    create: { name: "Northwind Outfitters", slug: "northwind", settings: { create: { botName: "Northwind Assistant", timezone: "America/New_York" } } },
    update: {},
  });
  const organizationId = organization.id;

  for (const person of PEOPLE) {
    const userId = userIds.get(person.email)!;
    await db.member.upsert({
      where: { organizationId_userId: { organizationId, userId } },
      create: { organizationId, userId, role: person.role },
      update: {},
    });
  }

  for (const team of TEAMS) {
    const row = await db.team.upsert({
      where: { organizationId_name: { organizationId, name: team.name } },
      create: { organizationId, name: team.name, description: team.description },
      update: {},
    });
    for (const email of team.members) {
      const userId = userIds.get(email)!;
      await db.teamMember.upsert({
        where: { teamId_userId: { teamId: row.id, userId } },
        create: { organizationId, teamId: row.id, userId },
        update: {},
      });
    }
  }

  await seedDefaultRules(db, { organizationId });

  if ((await db.knowledgeEntry.count({ where: { organizationId } })) === 0) {
    await db.knowledgeEntry.createMany({
      data: DEMO_KNOWLEDGE.map((entry) => ({ organizationId, ...entry, exampleQuestions: [...entry.exampleQuestions] })),
    });
  }

  await db.inbox.upsert({
    where: { publicKey: DEMO_WIDGET_KEY },
    create: {
      organizationId,
      name: "Website chat",
      channel: "WEB_WIDGET",
      publicKey: DEMO_WIDGET_KEY,
      allowedOrigins: ["http://localhost:3000"],
      botMode: "BOT_ONLY",
      widgetSettings: { color: "#0f766e", position: "right", launcherText: "Chat with us", greeting: "Hi! I'm Northwind's AI assistant." },
    },
    update: {},
  });

  await seedDemoHandoff({ organizationId, demoInboxKey: DEMO_WIDGET_KEY });

  const hashedKey = hashApiKey(DEMO_API_KEY);
  await db.apiKey.upsert({
    where: { hashedKey },
    create: { organizationId, name: "Demo key", prefix: DEMO_API_KEY.slice(0, 10), hashedKey, createdById: userIds.get("demo@baton.local")! },
    update: {},
  });

  return { organizationId, people: PEOPLE.map(({ email, role }) => ({ email, role })) };
}
