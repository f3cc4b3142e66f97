import { randomUUID } from "node:crypto";
import * as sessionRoute from "@/app/api/widget/session/route";
import { db } from "@/server/db";
import { call } from "./routes";

/** A widget inbox for a workspace, with a few knowledge entries (tests set up data directly). */
export async function createWidgetInbox(organizationId: string, allowedOrigins: string[] = ["https://shop.example"]) {
  return db.inbox.create({
    data: { organizationId, name: "Website", channel: "WEB_WIDGET", publicKey: `pk_test_${randomUUID()}`, allowedOrigins },
  });
}

export async function addKnowledge(organizationId: string, entries: Array<{ title: string; exampleQuestions: string[]; answer: string }>) {
  await db.knowledgeEntry.createMany({ data: entries.map((entry) => ({ organizationId, ...entry })) });
}

export async function startVisitor(publicKey: string, origin = "https://shop.example", visitorId?: string) {
  const response = await call(sessionRoute.POST, "POST", "/api/widget/session", {
    headers: { origin },
    body: { publicKey, ...(visitorId ? { visitorId } : {}), page: "https://shop.example/help" },
  });
  if (response.status !== 200) throw new Error(`session failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as { visitorId: string; token: string; conversation: { id: string } | null };
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
