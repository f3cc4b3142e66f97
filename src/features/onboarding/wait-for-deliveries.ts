import { db } from "@/server/db";
import { getChannelConnections, getTestHandoff } from "./onboarding.repository";

export interface DeliveryRow {
  channel: string;
  target: string;
  status: string;
  externalId: string | null;
  lastError: string | null;
}

// Slack and WhatsApp posts are made by the worker a moment after the handoff; a few seconds is
// plenty on a healthy install, and a slower one is shown as "pending" rather than waited for.
const DEFAULT_WAIT_MS = 8000;
const POLL_MS = 250;

/** The handoff's Slack / WhatsApp delivery rows once they are sent or failed (or as they are at the deadline). */
export async function waitForDeliveries({ organizationId, conversationId, waitMs = DEFAULT_WAIT_MS }: { organizationId: string; conversationId: string; waitMs?: number }): Promise<{ connected: { slack: boolean; whatsapp: boolean }; rows: DeliveryRow[] }> {
  const connected = await getChannelConnections(db, { organizationId });
  if (!connected.slack && !connected.whatsapp) return { connected, rows: [] };
  const deadline = Date.now() + waitMs;
  for (;;) {
    const rows = ((await getTestHandoff(db, { organizationId, conversationId }))?.deliveries ?? []).filter((row) => row.channel !== "INBOX");
    const settled = rows.length > 0 && rows.every((row) => row.status !== "PENDING");
    if (settled || Date.now() >= deadline) return { connected, rows };
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
