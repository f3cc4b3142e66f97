import { QueueEvents } from "bullmq";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeSmtp, type FakeSmtp } from "../fakes/smtp-server";
import { call } from "../support/routes";

// SMTP is set before the app modules load (they read the environment once), so the invitation
// email goes through nodemailer to a real SMTP listener.
let smtp: FakeSmtp;
let app: {
  invitations: typeof import("@/app/api/workspace/invitations/route");
  worker: typeof import("@/jobs/worker");
  queues: typeof import("@/jobs/queues");
  enqueue: typeof import("@/jobs/enqueue");
  accounts: typeof import("../support/accounts");
  redis: typeof import("@/server/redis");
  env: typeof import("@/server/env");
};
let workers: { close(): Promise<void> };

beforeAll(async () => {
  smtp = await startFakeSmtp();
  process.env.SMTP_URL = smtp.url;
  app = {
    invitations: await import("@/app/api/workspace/invitations/route"),
    worker: await import("@/jobs/worker"),
    queues: await import("@/jobs/queues"),
    enqueue: await import("@/jobs/enqueue"),
    accounts: await import("../support/accounts"),
    redis: await import("@/server/redis"),
    env: await import("@/server/env"),
  };
  workers = app.worker.startWorkers();
});

afterAll(async () => {
  await workers.close();
  await smtp.close();
});

async function waitFor(jobId: string) {
  const events = new QueueEvents("default", { connection: app.redis.createRedis("worker", "test-events"), prefix: app.env.env.REDIS_PREFIX });
  await events.waitUntilReady();
  try {
    const job = await app.queues.getQueue("default").getJob(jobId);
    return await job!.waitUntilFinished(events, 15_000);
  } finally {
    await events.close();
  }
}

describe("jobs", () => {
  it("an invitation by email is sent by the worker with the invitation link", async () => {
    const owner = await app.accounts.signUpOwner("mailer", "Mail Co");
    const email = app.accounts.uniqueEmail("invitee");
    const invitation = await call(app.invitations.POST, "POST", "/", { cookie: owner.cookie, body: { email, role: "agent" } });
    expect(invitation.status).toBe(201);
    const result = await waitFor(`invitation-email-${invitation.body.id}`);
    expect(result).toEqual({ sent: true });
    const message = smtp.received.find((m) => m.to.includes(email));
    expect(message?.text).toContain(`/invite/${invitation.body.id}`);
    expect(message?.text).toContain("Mail Co");
  });

  it("refuses an invalid payload before it reaches Redis", async () => {
    await expect(app.enqueue.enqueue("invitation.send-email", { organizationId: "" } as never)).rejects.toThrow();
  });

  it("a job for an invitation of another workspace fails without retrying", async () => {
    const owner = await app.accounts.signUpOwner("other", "Other Co");
    const invitation = await call(app.invitations.POST, "POST", "/", { cookie: owner.cookie, body: { role: "agent" } });
    const job = await app.enqueue.enqueue("invitation.send-email", { organizationId: "not-the-owner", invitationId: invitation.body.id }, { jobId: "wrong-tenant" });
    await expect(waitFor(job.id!)).rejects.toThrow(/not found/i);
    const failed = await app.queues.getQueue("default").getJob(job.id!);
    expect(failed?.attemptsMade).toBe(1);
  });
});
