// One WhatsApp-connected workspace for the WhatsApp integration tests: the fake Graph API, an owner
// and an on-call agent, a connected account, Meta's signed-webhook sender aimed at Baton's route
// handler, and the real workers. Each test file gets its own phone number id and customer numbers.
import { expect } from "vitest";
import { startFakeWhatsApp, type FakeWhatsApp } from "../fakes/whatsapp-server";
import { call } from "./routes";

export const TOKEN = "EAAG-test-access-token-0123456789";
export const APP_SECRET = "app-secret-0123456789abcdef";
export const AGENT_NUMBER = "447700900123";

async function importApp() {
  return {
    webhook: await import("@/app/api/whatsapp/webhook/[accountId]/route"),
    accounts: await import("@/app/api/whatsapp/accounts/route"),
    account: await import("@/app/api/whatsapp/accounts/[accountId]/route"),
    me: await import("@/app/api/whatsapp/me/route"),
    agents: await import("@/app/api/whatsapp/agents/route"),
    detail: await import("@/app/api/inbox/conversations/[conversationId]/route"),
    messages: await import("@/app/api/inbox/conversations/[conversationId]/messages/route"),
    claim: await import("@/app/api/inbox/conversations/[conversationId]/claim/route"),
    resolve: await import("@/app/api/inbox/conversations/[conversationId]/resolve/route"),
    worker: await import("@/jobs/worker"),
    db: await import("@/server/db"),
    support: await import("./accounts"),
    widget: await import("./widget"),
  };
}

/** Polls until `read` gives something truthy (a row, a send), or fails after timeoutMs. */
export async function until<T>(read: () => Promise<T | null | undefined | false>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value) return value;
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export async function startWhatsAppWorkspace({ phoneNumberId, customerPrefix, workspaceName }: { phoneNumberId: string; customerPrefix: string; workspaceName: string }) {
  const fake: FakeWhatsApp = await startFakeWhatsApp({ tokens: { [phoneNumberId]: TOKEN } });
  // The env module reads the Graph URL once, so it is set before the app modules load.
  process.env.WHATSAPP_GRAPH_URL = fake.url;
  const app = await importApp();
  const owner = await app.support.signUpOwner("wa-owner", workspaceName);
  const agent = await app.support.addMember(owner, "agent", "Ana");
  await app.widget.addKnowledge(owner.organizationId, [
    { title: "Office hours", exampleQuestions: ["When is your office open?", "opening hours", "what time do you open"], answer: "Our office is open **Monday to Saturday**, 9:00-18:00." },
    { title: "Deposit", exampleQuestions: ["How much is the deposit?", "deposit amount", "security deposit"], answer: "The deposit is five weeks' rent." },
  ]);
  const created = await call(app.accounts.POST, "POST", "/api/whatsapp/accounts", {
    cookie: owner.cookie,
    body: {
      phoneNumberId,
      businessAccountId: "100200300400500",
      displayPhone: "+1 555 000 0000",
      accessToken: TOKEN,
      appSecret: APP_SECRET,
      verifyToken: "verify-token-0123456789",
      agentAlertTemplate: "agent_alert",
      followUpTemplate: "follow_up",
    },
  });
  expect(created.status).toBe(201);
  const accountId: string = created.body.id;
  const number = await call(app.me.PUT, "PUT", "/api/whatsapp/me", { cookie: agent.cookie, body: { whatsappNumber: `+${AGENT_NUMBER.slice(0, 2)} ${AGENT_NUMBER.slice(2)}` } });
  expect(number.body).toEqual({ whatsappNumber: AGENT_NUMBER });
  const meta = fake.webhooks({
    appSecret: APP_SECRET,
    phoneNumberId,
    deliver: (rawBody, headers) => call(app.webhook.POST, "POST", `/api/whatsapp/webhook/${accountId}`, { rawBody, headers, params: { accountId } }),
  });
  const workers = app.worker.startWorkers();
  let customerCounter = 0;

  return {
    fake,
    app,
    owner,
    agent,
    accountId,
    meta,
    /** A customer number no other test in the file used. */
    newCustomer: () => `${customerPrefix}${(1000 + customerCounter++).toString()}`,
    conversationOf: (waId: string) =>
      until(() => app.db.db.conversation.findFirst({ where: { organizationId: owner.organizationId, contact: { waId } }, orderBy: { createdAt: "desc" } })),
    async close() {
      await workers.close();
      await fake.close();
    },
  };
}

export type WhatsAppWorkspace = Awaited<ReturnType<typeof startWhatsAppWorkspace>>;
