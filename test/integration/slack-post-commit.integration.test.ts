// The escalation's parent message is scheduled right after the handoff commits, not by the
// conversation.event job: with that job held back (the default queue paused) the parent still
// reaches Slack, and when the event runs afterwards it posts nothing twice.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeSlack, type FakeSlack } from "../fakes/slack-server";
import { call } from "../support/routes";
import { until } from "../support/until";

let fake: FakeSlack;
let app: {
  db: typeof import("@/server/db").db;
  manual: typeof import("@/app/api/slack/manual/route");
  accounts: typeof import("../support/accounts");
  inbox: typeof import("../support/inbox");
  widget: typeof import("../support/widget");
  queues: typeof import("@/jobs/queues");
};
let workers: { close(): Promise<void> };

beforeAll(async () => {
  fake = await startFakeSlack();
  // Set before the app modules load: env.ts reads the environment once.
  Object.assign(process.env, { SLACK_API_URL: fake.url });
  app = {
    db: (await import("@/server/db")).db,
    manual: await import("@/app/api/slack/manual/route"),
    accounts: await import("../support/accounts"),
    inbox: await import("../support/inbox"),
    widget: await import("../support/widget"),
    queues: await import("@/jobs/queues"),
  };
  workers = (await import("@/jobs/worker")).startWorkers();
});

afterAll(async () => {
  await app?.queues.getQueue("default").resume();
  await workers?.close();
  await app?.queues.getQueue("slack").obliterate({ force: true });
  await fake?.close();
});

describe("Slack: the parent message is scheduled after the commit", () => {
  it("reaches Slack while conversation events wait, and the event that follows adds no second parent", async () => {
    const owner = await app.accounts.signUpOwner("postcommit-owner", "Post Commit Co");
    const workspace = fake.addWorkspace("T0POSTCOMMIT", "Post Commit Slack");
    const connected = await call(app.manual.POST, "POST", "/api/slack/manual", { cookie: owner.cookie, body: { botToken: workspace.botToken, signingSecret: "e".repeat(32), defaultChannelId: "C0POSTCOMMIT" } });
    expect(connected.status).toBe(201);
    const inbox = await app.widget.createWidgetInbox(owner.organizationId);
    const events = app.queues.getQueue("default");

    await events.pause();
    const visitor = await app.inbox.escalatedVisitor(inbox.publicKey, "My parcel never came");
    const isParent = (message: { blocks?: unknown[] }) => JSON.stringify(message.blocks ?? []).includes(visitor.conversationId);
    await fake.waitFor(() => fake.parents("C0POSTCOMMIT").find(isParent));
    // The handoff's conversation event is still waiting in the paused queue.
    const waiting = await events.getJobs(["wait", "prioritized", "delayed"]);
    const handoffEvents = waiting.filter((job) => job.name === "conversation.event" && job.data.type === "handoff.requested" && job.data.conversationId === visitor.conversationId);
    expect(handoffEvents).toHaveLength(1);

    await events.resume();
    await until(async () => (await events.getJob(handoffEvents[0]!.id!))?.finishedOn);
    // The transcript follows in the thread; nothing posts a second parent.
    const parent = fake.parents("C0POSTCOMMIT").find(isParent)!;
    await fake.waitFor(() => fake.replies(parent.ts).length > 0);
    expect(fake.parents("C0POSTCOMMIT").filter(isParent)).toHaveLength(1);
    expect(await app.db.handoffDelivery.count({ where: { organizationId: owner.organizationId } })).toBe(1);
  });
});
