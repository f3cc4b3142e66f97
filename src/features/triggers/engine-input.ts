// Stored rows -> the engine's input, shared by the live path and the back-test so a rule is
// judged on the same view of a conversation in both.
import type { TContactAttributes, TTriggerMessage } from "./triggers.schemas";

const ROLE = { VISITOR: "visitor", BOT: "bot", AGENT: "agent" } as const;

interface StoredMessage {
  seq: number;
  role: string;
  body: string;
  botConfidence: number | null;
  metadata: unknown;
}

/** Visitor, bot and agent turns in order; system messages and internal notes are not part of the chat. */
export function toTriggerMessages(rows: readonly StoredMessage[]): Array<TTriggerMessage & { seq: number }> {
  return rows.flatMap((row) => {
    const role = ROLE[row.role as keyof typeof ROLE];
    return role ? [{ seq: row.seq, role, text: row.body, confidence: row.botConfidence, metadata: row.metadata as TTriggerMessage["metadata"] }] : [];
  });
}

/** identify() attributes count only when the business's server vouched for them (userHash). */
export function toTriggerContact(contact: { attributes: unknown; identityVerified: boolean }): TContactAttributes {
  return contact.identityVerified
    ? { ...(contact.attributes as Record<string, string | number | boolean | null>), verified: true }
    : { verified: false };
}
