// The workspace of the escalation benchmark, built through the same use-cases as the routes
// (sign-up, invitation, widget session, visitor message) minus their per-IP rate limits, so every
// session cookie and visitor token is a real one. Imports src: load it only after process.env is set.
import { randomUUID } from "node:crypto";
import { signUp } from "@/features/tenants/sign-up";
import { inviteMember } from "@/features/tenants/invite-member";
import { postVisitorMessage } from "@/features/widget/post-visitor-message";
import { startWidgetSession } from "@/features/widget/start-widget-session";
import { verifyVisitorToken } from "@/features/widget/visitor-token";
import { db } from "@/server/db";
import { env } from "@/server/env";

const ORIGIN = "https://shop.example";
const PASSWORD = "correct-horse-battery";

export interface SeededAgent {
  userId: string;
  cookie: string;
}

export interface SeededVisitor {
  contactId: string;
  token: string;
}

/** Runs `work` over `items` with at most `limit` in flight (the Prisma pool holds 10 connections). */
export async function mapLimit<T, R>(items: T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T, index);
    }
  });
  await Promise.all(lanes);
  return results;
}

async function signUpAgent(name: string, extra: { workspaceName?: string; invitationId?: string }) {
  const email = `${name.toLowerCase().replace(/\W+/g, "-")}-${randomUUID().slice(0, 8)}@bench.example`;
  const result = await signUp({
    input: { name, email, password: PASSWORD, ...extra },
    headers: new Headers({ origin: env.PUBLIC_URL, "user-agent": "baton-bench" }),
  });
  // What a browser sends back: each Set-Cookie's name=value.
  const cookie = result.headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .join("; ");
  return { userId: result.user.id, organizationId: result.organizationId, cookie };
}

/** The owner with a new workspace, then `count - 1` agents who sign up through an invitation link each. */
export async function seedAgents(count: number): Promise<{ organizationId: string; agents: SeededAgent[] }> {
  const owner = await signUpAgent("Owner", { workspaceName: "Bench Co" });
  const actor = { organizationId: owner.organizationId, userId: owner.userId, role: "owner" as const };
  const members = await mapLimit(Array.from({ length: count - 1 }, (_, i) => i), 4, async (i) => {
    const invitation = await inviteMember({ actor, input: { role: "agent" } });
    return signUpAgent(`Agent ${i + 1}`, { invitationId: invitation.id });
  });
  return { organizationId: owner.organizationId, agents: [owner, ...members] };
}

export async function seedWidgetInbox(organizationId: string) {
  return db.inbox.create({
    data: { organizationId, name: "Website", channel: "WEB_WIDGET", publicKey: `pk_bench_${randomUUID()}`, allowedOrigins: [ORIGIN] },
  });
}

/** Visitors as the widget loader starts them: a contact each and a signed token for /widget. */
export async function seedVisitors(publicKey: string, count: number): Promise<SeededVisitor[]> {
  return mapLimit(Array.from({ length: count }, (_, i) => i), 10, async () => {
    const session = await startWidgetSession({ input: { publicKey, page: `${ORIGIN}/help` }, origin: ORIGIN });
    const claims = verifyVisitorToken(session.token);
    if (!claims) throw new Error("the widget session returned a token that does not verify");
    return { contactId: claims.contactId, token: session.token };
  });
}

/** One bot conversation per visitor, opened by the visitor's message, waiting to be escalated. */
export async function seedConversations(organizationId: string, inboxId: string, visitors: SeededVisitor[]): Promise<string[]> {
  return mapLimit(visitors, 10, async ({ contactId }) => {
    const posted = await postVisitorMessage({
      visitor: { organizationId, inboxId, contactId },
      input: { clientId: randomUUID(), text: "Can I talk to a person about my order, please?" },
    });
    if (posted.conversationStatus !== "BOT") throw new Error(`a new conversation should start with the bot, got ${posted.conversationStatus}`);
    return posted.message.conversationId;
  });
}
