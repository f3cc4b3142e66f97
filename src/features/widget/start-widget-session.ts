import { createHash, randomBytes } from "node:crypto";
import { getLatestConversation } from "@/features/conversations/conversations.repository";
import { isOriginAllowed } from "@/lib/origins";
import { db } from "@/server/db";
import { env } from "@/server/env";
import { AppError, notFound } from "@/server/errors";
import { signVisitorToken } from "./visitor-token";
import { countOnlineAgents, getContactByVisitorHash, getInboxByPublicKey, insertVisitorContact, touchContact } from "./widget.repository";
import type { TStartSessionInput } from "./widget.schemas";
import { toWidgetTheme } from "./widget-theme";

export interface StartWidgetSessionOptions {
  input: TStartSessionInput;
  /** The Origin header: the host page when the loader calls, Baton itself when the iframe refreshes. */
  origin: string | null;
}

const hashVisitorId = (visitorId: string) => createHash("sha256").update(visitorId).digest("hex");

/** Identifies (or creates) the visitor for an inbox and issues a short-lived token. */
export async function startWidgetSession({ input, origin }: StartWidgetSessionOptions) {
  const inbox = await getInboxByPublicKey(db, { publicKey: input.publicKey });
  if (!inbox || inbox.channel !== "WEB_WIDGET") throw notFound("Widget");
  const organizationId = inbox.organizationId;
  // Baton's own pages (the chat iframe, the demo page) may always start a session.
  const fromBaton = origin === new URL(env.PUBLIC_URL).origin;
  if (!fromBaton && !isOriginAllowed(inbox.allowedOrigins, origin)) {
    throw new AppError("FORBIDDEN", "This website is not allowed to use this chat widget");
  }

  let visitorId = input.visitorId;
  let contact = visitorId ? await getContactByVisitorHash(db, { organizationId, visitorIdHash: hashVisitorId(visitorId) }) : null;
  if (contact) {
    await touchContact(db, { organizationId, contactId: contact.id, currentPage: input.page });
  } else {
    visitorId = randomBytes(24).toString("base64url");
    contact = await insertVisitorContact(db, { organizationId, visitorIdHash: hashVisitorId(visitorId), language: input.locale, currentPage: input.page });
  }

  const [conversation, onlineAgents] = await Promise.all([
    getLatestConversation(db, { organizationId, contactId: contact.id, inboxId: inbox.id }),
    countOnlineAgents(db, { organizationId }),
  ]);
  const { token, expiresAt } = signVisitorToken({ organizationId, inboxId: inbox.id, contactId: contact.id });
  const settings = inbox.organization.settings;
  const theme = toWidgetTheme(inbox.widgetSettings);
  return {
    visitorId: visitorId!,
    token,
    expiresAt: expiresAt.toISOString(),
    inbox: {
      name: inbox.name,
      botName: settings?.botName ?? "Assistant",
      agentsOnline: onlineAgents > 0,
      leadForm: theme.leadForm,
      theme: { color: theme.color, position: theme.position, launcherText: theme.launcherText, logoUrl: theme.logoUrl, greeting: theme.greeting },
    },
    conversation: conversation && { id: conversation.id, status: conversation.status, lastSeq: conversation.lastSeq, csatScore: conversation.csatScore },
  };
}
