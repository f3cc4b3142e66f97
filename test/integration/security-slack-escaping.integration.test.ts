// Slack mrkdwn injection, through the real path: a visitor whose name, attributes and messages
// carry Slack's control sequences (<!channel>, <@U…>, <https://…|label>, <#C…>, &) escalates;
// the worker posts the brief and the thread with the real @slack/web-api client to the fake Slack.
// Every string Slack would render must carry them escaped (&amp; &lt; &gt;), so nobody is pinged
// and no link appears that the visitor wrote.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeSlack, type FakeSlack } from "../fakes/slack-server";
import { call } from "../support/routes";

const MANUAL_SECRET = "e".repeat(32);
const INJECTIONS = ["<!channel>", "<!here|here>", "<@U0ADMIN>", "<https://evil.example/login|Reset your password>", "<#C0SECRET>", "<mailto:eve@evil.example|mail>"];

let fake: FakeSlack;
let workers: { close(): Promise<void> };
let app: {
  db: typeof import("@/server/db").db;
  manual: typeof import("@/app/api/slack/manual/route");
  identify: typeof import("@/app/api/widget/identify/route");
  accounts: typeof import("../support/accounts");
  inbox: typeof import("../support/inbox");
  widget: typeof import("../support/widget");
};

beforeAll(async () => {
  fake = await startFakeSlack();
  // Set before the app modules load: env.ts reads the environment once.
  Object.assign(process.env, { SLACK_API_URL: fake.url });
  app = {
    db: (await import("@/server/db")).db,
    manual: await import("@/app/api/slack/manual/route"),
    identify: await import("@/app/api/widget/identify/route"),
    accounts: await import("../support/accounts"),
    inbox: await import("../support/inbox"),
    widget: await import("../support/widget"),
  };
  workers = (await import("@/jobs/worker")).startWorkers();
});

afterAll(async () => {
  await workers?.close();
  // Posts still waiting for a slot would otherwise run in a later test file's worker.
  await (await import("@/jobs/queues")).getQueue("slack").obliterate({ force: true });
  await fake?.close();
});

/** Every string in a Slack message that Slack parses as mrkdwn (the fallback text and mrkdwn block texts). */
function renderedStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) for (const item of value) renderedStrings(item, out);
  else if (value && typeof value === "object") {
    // plain_text is shown literally by Slack (no mentions, no links): only mrkdwn and the fallback parse.
    if ((value as { type?: unknown }).type === "plain_text") return out;
    for (const [key, inner] of Object.entries(value)) {
      // Button values and action ids are data Slack hands back, never rendered.
      if (key === "value" || key === "action_id" || key === "block_id" || key === "url") continue;
      renderedStrings(inner, out);
    }
  }
  return out;
}

describe("Slack Block Kit escaping", () => {
  it("a visitor's name, attributes and messages reach Slack escaped: no mention, no link, no channel reference", async () => {
    const owner = await app.accounts.signUpOwner("slack-escape", "Escape Co");
    const teamId = `T0ESC${Date.now()}`;
    const workspace = fake.addWorkspace(teamId, "Escape Slack");
    const channel = "C0ESCAPE";
    const connected = await call(app.manual.POST, "POST", "/api/slack/manual", { cookie: owner.cookie, body: { botToken: workspace.botToken, signingSecret: MANUAL_SECRET, defaultChannelId: channel } });
    expect(connected.status).toBe(201);
    const inbox = await app.widget.createWidgetInbox(owner.organizationId);

    const visitor = await app.widget.startVisitor(inbox.publicKey);
    const name = `Eve <!channel> & <@U0ADMIN>`;
    const identified = await call(app.identify.POST, "POST", "/", {
      headers: app.widget.bearer(visitor.token),
      body: { id: `eve-${randomUUID()}`, name, email: "eve@example.com", attributes: { plan: "<!everyone>", site: "<https://evil.example|click>" } },
    });
    expect(identified.status).toBeLessThan(300);
    const marker = randomUUID().slice(0, 8);
    await app.inbox.visitorSays(visitor.token, `order ${marker} ${INJECTIONS.join(" ")} & more`);
    await app.inbox.visitorSays(visitor.token, "I want to talk to a person <!channel>");
    await (await import("@/server/background")).drainBackground();
    await call((await import("@/app/api/widget/handoff/route")).POST, "POST", "/api/widget/handoff", { headers: app.widget.bearer(visitor.token), body: {} });

    // The parent (brief with the contact's name and the last messages), then the transcript thread.
    const parent = await fake.waitFor(() => fake.messages.find((message) => message.channel === channel && !message.thread_ts), 15_000);
    await fake.waitFor(() => fake.replies(parent.ts).find((message) => message.text.includes(marker)), 15_000);
    await app.inbox.visitorSays(visitor.token, `later <@U0ADMIN> ${marker}-2`);
    await fake.waitFor(() => fake.replies(parent.ts).find((message) => message.text.includes(`${marker}-2`)), 15_000);

    const posted = fake.calls.filter((entry) => entry.token === workspace.botToken && (entry.method.endsWith("chat.postMessage") || entry.method.endsWith("chat.update")));
    expect(posted.length).toBeGreaterThanOrEqual(2);
    const strings = posted.flatMap((entry) => renderedStrings({ text: entry.args.text, blocks: entry.args.blocks }));
    const all = strings.join("\n");
    // The visitor's words are there, escaped...
    expect(all).toContain(marker);
    expect(all).toContain("&lt;!channel&gt;");
    expect(all).toContain("&lt;@U0ADMIN&gt;");
    expect(all).toContain("&lt;https://evil.example/login|Reset your password&gt;");
    expect(all).toContain("Eve &lt;!channel&gt; &amp; &lt;@U0ADMIN&gt;");
    // ...and nothing Slack would turn into a mention, a broadcast, a channel link or a link.
    for (const text of strings) {
      expect(text).not.toMatch(/<[!@#]/);
      expect(text).not.toMatch(/<(https?|mailto):/);
      // A bare & is always the start of an escape.
      expect(text).not.toMatch(/&(?!(amp|lt|gt);)/);
    }
  });
});
