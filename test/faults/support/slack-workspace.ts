// A Baton workspace connected (manual mode) to a workspace of the fake Slack, and escalations.
import { randomUUID } from "node:crypto";
import type { FakeSlack } from "../../fakes/slack-server";
import { createWidgetInbox, http, signUpOwner, startVisitor, visitorSays, type Owner, type Visitor } from "./baton-client";

export interface SlackWorkspace {
  owner: Owner;
  publicKey: string;
  teamId: string;
  channel: string;
}

export async function connectSlackWorkspace(base: string, fake: FakeSlack, label: string, channel = "C0FAULTS"): Promise<SlackWorkspace> {
  const owner = await signUpOwner(base, label);
  const teamId = `T0${randomUUID().slice(0, 8).toUpperCase()}`;
  const workspace = fake.addWorkspace(teamId, `${label} Slack`);
  const connected = await http(base, "POST", "/api/slack/manual", { cookie: owner.cookie, body: { botToken: workspace.botToken, signingSecret: "b".repeat(32), defaultChannelId: channel } });
  if (connected.status !== 201) throw new Error(`Slack connect failed: ${connected.status} ${JSON.stringify(connected.body)}`);
  const inbox = await createWidgetInbox(base, owner);
  return { owner, publicKey: inbox.publicKey, teamId, channel };
}

/** A visitor writes and presses "Talk to a human". */
export async function escalate(base: string, publicKey: string, text = "My order arrived broken"): Promise<Visitor & { conversationId: string }> {
  const visitor = await startVisitor(base, publicKey);
  await visitorSays(base, visitor, text);
  const handoff = await http(base, "POST", "/api/widget/handoff", { token: visitor.token, ip: visitor.ip, body: {} });
  if (handoff.status !== 201) throw new Error(`handoff failed: ${handoff.status} ${JSON.stringify(handoff.body)}`);
  return { ...visitor, conversationId: handoff.body.conversation.id };
}
