import { beforeAll, describe, expect, it } from "vitest";
import * as schedulesRoute from "@/app/api/business-hours/route";
import * as scheduleRoute from "@/app/api/business-hours/[scheduleId]/route";
import * as inboxesRoute from "@/app/api/inboxes/route";
import * as inboxRoute from "@/app/api/inboxes/[inboxId]/route";
import { db } from "@/server/db";
import { addMember, signUpOwner, type TestAccount } from "../support/accounts";
import { call } from "../support/routes";

let owner: TestAccount;
let agent: TestAccount;
let other: TestAccount;

beforeAll(async () => {
  owner = await signUpOwner("hours-owner", "Hours Co");
  agent = await addMember(owner, "agent");
  other = await signUpOwner("hours-other", "Other Hours Co");
});

const weekdays = [1, 2, 3, 4, 5].map((day) => ({ day, open: "09:00", close: "18:00" }));
const support = { name: "Support hours", timezone: "Europe/London", weekly: weekdays, holidays: ["2026-12-26", "2026-12-25", "2026-12-25"] };
const createSchedule = (account: TestAccount, body: unknown) => call(schedulesRoute.POST, "POST", "/api/business-hours", { cookie: account.cookie, body });

describe("business hours API", () => {
  it("creates, lists, updates and deletes a schedule; agents read but do not write", async () => {
    const created = await createSchedule(owner, support);
    expect(created.status).toBe(201);
    expect(created.body).toEqual(expect.objectContaining({ name: "Support hours", timezone: "Europe/London", weekly: weekdays, holidays: ["2026-12-25", "2026-12-26"], inboxes: [] }));
    const scheduleId = created.body.id;
    expect((await createSchedule(agent, support)).status).toBe(403);
    expect((await call(schedulesRoute.GET, "GET", "/", { cookie: agent.cookie })).body.businessHours.map((s: { id: string }) => s.id)).toEqual([scheduleId]);

    // A split day (lunch break) and Saturday morning.
    const weekly = [...weekdays.slice(1), { day: 1, open: "13:00", close: "18:00" }, { day: 1, open: "09:00", close: "12:00" }, { day: 6, open: "10:00", close: "14:00" }];
    const patched = await call(scheduleRoute.PATCH, "PATCH", "/", { cookie: owner.cookie, params: { scheduleId }, body: { weekly, timezone: "America/New_York" } });
    expect(patched.status).toBe(200);
    expect(patched.body.weekly.slice(0, 2)).toEqual([{ day: 1, open: "09:00", close: "12:00" }, { day: 1, open: "13:00", close: "18:00" }]);
    expect(patched.body.timezone).toBe("America/New_York");
    expect((await call(scheduleRoute.PATCH, "PATCH", "/", { cookie: agent.cookie, params: { scheduleId }, body: { name: "x" } })).status).toBe(403);

    expect((await call(scheduleRoute.DELETE, "DELETE", "/", { cookie: owner.cookie, params: { scheduleId } })).status).toBe(204);
    expect((await call(scheduleRoute.GET, "GET", "/", { cookie: owner.cookie, params: { scheduleId } })).status).toBe(404);
    const actions = (await db.auditLog.findMany({ where: { organizationId: owner.organizationId, targetId: scheduleId }, orderBy: { createdAt: "asc" } })).map((e) => e.action);
    expect(actions).toEqual(["business_hours.created", "business_hours.updated", "business_hours.deleted"]);
  });

  it("refuses overlaps, bad times, zones and dates with the field named, changing nothing", async () => {
    const before = await db.businessHours.count({ where: { organizationId: owner.organizationId } });
    const overlap = await createSchedule(owner, { ...support, weekly: [...weekdays, { day: 1, open: "17:00", close: "20:00" }] });
    expect(overlap.status).toBe(422);
    expect(overlap.body.error.message).toMatch(/^weekly\.5: overlaps 09:00-18:00/);
    expect((await createSchedule(owner, { ...support, weekly: [{ day: 1, open: "18:00", close: "09:00" }] })).body.error.message).toMatch(/^weekly\.0\.close: must close after it opens/);
    expect((await createSchedule(owner, { ...support, timezone: "Mars/Olympus" })).body.error.message).toMatch(/^timezone: unknown time zone/);
    expect((await createSchedule(owner, { ...support, holidays: ["2026-02-30"] })).body.error.message).toMatch(/^holidays\.0:/);
    expect((await createSchedule(owner, { ...support, name: "" })).status).toBe(422);
    expect(await db.businessHours.count({ where: { organizationId: owner.organizationId } })).toBe(before);

    const scheduleId = (await createSchedule(owner, support)).body.id;
    const bad = await call(scheduleRoute.PATCH, "PATCH", "/", { cookie: owner.cookie, params: { scheduleId }, body: { name: "Renamed", weekly: [{ day: 9, open: "09:00", close: "10:00" }] } });
    expect(bad.status).toBe(422);
    expect((await db.businessHours.findUniqueOrThrow({ where: { id: scheduleId } })).name).toBe("Support hours");
  });

  it("lists the inboxes that follow a schedule; deleting it leaves them always open", async () => {
    const scheduleId = (await createSchedule(owner, { ...support, name: "Office" })).body.id;
    const inbox = (await call(inboxesRoute.POST, "POST", "/", { cookie: owner.cookie, body: { name: "Shop" } })).body;
    await call(inboxRoute.PATCH, "PATCH", "/", { cookie: owner.cookie, params: { inboxId: inbox.id }, body: { businessHoursId: scheduleId } });
    expect((await call(scheduleRoute.GET, "GET", "/", { cookie: agent.cookie, params: { scheduleId } })).body.inboxes).toEqual([{ id: inbox.id, name: "Shop" }]);
    await call(scheduleRoute.DELETE, "DELETE", "/", { cookie: owner.cookie, params: { scheduleId } });
    expect((await db.inbox.findUniqueOrThrow({ where: { id: inbox.id } })).businessHoursId).toBeNull();
  });

  it("keeps another workspace's schedules out of reach", async () => {
    const scheduleId = (await createSchedule(owner, { ...support, name: "Private" })).body.id;
    expect((await call(scheduleRoute.GET, "GET", "/", { cookie: other.cookie, params: { scheduleId } })).status).toBe(404);
    expect((await call(scheduleRoute.PATCH, "PATCH", "/", { cookie: other.cookie, params: { scheduleId }, body: { name: "Mine" } })).status).toBe(404);
    expect((await call(scheduleRoute.DELETE, "DELETE", "/", { cookie: other.cookie, params: { scheduleId } })).status).toBe(404);
    expect((await call(schedulesRoute.GET, "GET", "/", { cookie: other.cookie })).body.businessHours).toEqual([]);
    expect((await db.businessHours.findUniqueOrThrow({ where: { id: scheduleId } })).name).toBe("Private");
  });
});
