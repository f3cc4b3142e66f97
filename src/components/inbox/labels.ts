// Words the inbox shows for the API's codes. Unknown codes (a new reason the backend adds later)
// still read sensibly: "some_new_code" becomes "Some new code".
import type { ConversationStatusDto, InboxView } from "@/features/inbox/inbox.dto";

export const VIEWS: ReadonlyArray<{ id: InboxView; label: string }> = [
  { id: "queue", label: "Queue" },
  { id: "mine", label: "Mine" },
  { id: "all", label: "All" },
  { id: "resolved", label: "Resolved" },
  { id: "leads", label: "Leads" },
];

export const isInboxView = (value: string | null): value is InboxView => VIEWS.some((view) => view.id === value);

export const STATUS_LABELS: Record<ConversationStatusDto, string> = {
  BOT: "Bot",
  QUEUED: "Waiting",
  ASSIGNED: "Assigned",
  RESOLVED: "Resolved",
  LEAD_CAPTURE: "Lead",
};

const REASON_LABELS: Record<string, string> = {
  explicit_request: "Asks for a person",
  negative_sentiment: "Negative sentiment",
  sensitive_topic: "Sensitive topic",
  high_value_intent: "High-value intent",
  low_confidence: "Low bot confidence",
  repeated_failure: "Repeated failure",
  vip_customer: "VIP customer",
};

const CLAIMED_VIA: Record<string, string> = { web: "the inbox", inbox: "the inbox", slack: "Slack", whatsapp: "WhatsApp", api: "the API" };

export function humanize(code: string): string {
  const words = code.replace(/[_-]+/g, " ").trim().toLowerCase();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : code;
}

export const reasonLabel = (code: string) => REASON_LABELS[code] ?? humanize(code);
export const claimedViaLabel = (via: string) => CLAIMED_VIA[via.toLowerCase()] ?? humanize(via);

/** The contact's name, or "Visitor" and the end of its id so two anonymous visitors differ. */
export function contactName(contact: { id: string; name: string | null }): string {
  const name = contact.name?.trim();
  return name || `Visitor ${contact.id.slice(-6)}`;
}

export function languageName(code: string | null): string | null {
  if (!code) return null;
  try {
    return new Intl.DisplayNames(["en"], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** A 0-1 confidence as "82%". */
export const percent = (value: number) => `${Math.round(value * 100)}%`;
