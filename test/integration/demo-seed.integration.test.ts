import { describe, expect, it } from "vitest";
import { DEMO_WIDGET_KEY, seedDemo } from "../../prisma/seed-demo";
import { db } from "@/server/db";

describe("demo seed", () => {
  it("sets up teams, routing, hours and canned responses, and a second run changes nothing", async () => {
    const { organizationId } = await seedDemo();
    const snapshot = async () => ({
      teams: await db.team.findMany({ where: { organizationId }, select: { name: true, members: { select: { user: { select: { email: true } } } } }, orderBy: { name: "asc" } }),
      rules: await db.routingRule.findMany({ where: { organizationId }, select: { name: true, position: true, reasons: true, keywords: true, team: { select: { name: true } } }, orderBy: { position: "asc" } }),
      hours: await db.businessHours.findMany({ where: { organizationId }, select: { name: true, timezone: true, weekly: true } }),
      canned: await db.cannedResponse.findMany({ where: { organizationId }, select: { shortcut: true }, orderBy: { shortcut: "asc" } }),
      inbox: await db.inbox.findUniqueOrThrow({ where: { publicKey: DEMO_WIDGET_KEY }, select: { businessHoursId: true } }),
    });
    const first = await snapshot();
    await seedDemo();
    expect(await snapshot()).toEqual(first);

    const members = Object.fromEntries(first.teams.map((team) => [team.name, team.members.map((m) => m.user.email).sort()]));
    expect(members).toEqual({ Billing: ["omar@baton.local"], Sales: ["ana@baton.local"], Support: ["ana@baton.local", "omar@baton.local"] });
    expect(first.rules.map((rule) => rule.team.name)).toEqual(["Billing", "Billing", "Sales", "Sales", "Support"]);
    expect(first.rules.at(-1)).toEqual(expect.objectContaining({ reasons: [], keywords: [] }));
    expect(first.hours).toEqual([{ name: "Support hours", timezone: "Europe/London", weekly: [1, 2, 3, 4, 5].map((day) => ({ day, open: "09:00", close: "18:00" })) }]);
    // The demo inbox is always open, so demo escalations reach an agent at any hour.
    expect(first.inbox.businessHoursId).toBeNull();
    expect(first.canned.map((c) => c.shortcut)).toEqual(["followup", "hello", "refund"]);
  });
});
