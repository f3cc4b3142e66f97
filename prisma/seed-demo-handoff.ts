// The demo workspace's handoff setup: a business-hours schedule, routing rules and canned
// responses. Idempotent like the rest of the demo seed: what exists (perhaps edited) is left alone.
import { db } from "../src/server/db";

/**
 * Created but assigned to no inbox: the demo inbox stays always open, or escalations made in the
 * evening would turn into lead capture instead of reaching an agent.
 */
const SUPPORT_HOURS = {
  name: "Support hours",
  timezone: "Europe/London",
  weekly: [1, 2, 3, 4, 5].map((day) => ({ day, open: "09:00", close: "18:00" })),
  holidays: ["2026-12-25", "2026-12-26"],
};

// First match wins; each rule tests one kind of signal, so the order reads as a priority list.
const ROUTING_RULES = [
  { name: "Refunds and billing", team: "Billing", keywords: ["refund", "billing", "chargeback", "invoice", "charged twice"] },
  { name: "Sensitive topics", team: "Billing", reasons: ["sensitive_topic"] },
  { name: "Buying signals", team: "Sales", reasons: ["high_value_intent"] },
  { name: "Pricing and demos", team: "Sales", keywords: ["pricing", "price", "demo", "quote", "bulk order"] },
  { name: "Everything else", team: "Support" },
];

const CANNED_RESPONSES = [
  {
    shortcut: "hello",
    title: "Take over from the bot",
    body: "Hi {{contact.name}}, I'm {{agent.name}} from Northwind. I've read your conversation with our assistant, so no need to repeat anything: I'll take it from here.",
  },
  {
    shortcut: "refund",
    title: "Refund started",
    body: "Thanks {{contact.name}}. I've started your refund: it goes back to your original payment method within 5 business days, and the confirmation is on its way to {{contact.email}}.",
  },
  {
    shortcut: "followup",
    title: "Follow up by email",
    body: "I need to check this with the team. I'll email you at {{contact.email}} within one business day with an answer. Thanks for your patience! {{agent.name}}",
  },
];

export async function seedDemoHandoff({ organizationId, demoInboxKey }: { organizationId: string; demoInboxKey: string }) {
  if (!(await db.businessHours.findFirst({ where: { organizationId, name: SUPPORT_HOURS.name }, select: { id: true } }))) {
    await db.businessHours.create({ data: { organizationId, ...SUPPORT_HOURS } });
  }
  // Older demo seeds gave the demo inbox an unnamed ("Default") schedule; keep the demo always open.
  await db.inbox.updateMany({ where: { organizationId, publicKey: demoInboxKey, businessHours: { name: "Default" } }, data: { businessHoursId: null } });

  if ((await db.routingRule.count({ where: { organizationId } })) === 0) {
    const teams = await db.team.findMany({ where: { organizationId }, select: { id: true, name: true } });
    const teamId = (name: string) => teams.find((team) => team.name === name)!.id;
    await db.routingRule.createMany({
      data: ROUTING_RULES.map(({ team, ...rule }, position) => ({ organizationId, position, teamId: teamId(team), ...rule })),
    });
  }

  const createdById = (await db.member.findFirst({ where: { organizationId, role: "owner" }, select: { userId: true } }))?.userId;
  for (const response of CANNED_RESPONSES) {
    await db.cannedResponse.upsert({
      where: { organizationId_shortcut: { organizationId, shortcut: response.shortcut } },
      create: { organizationId, createdById, ...response },
      update: {},
    });
  }
}
