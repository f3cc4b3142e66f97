import { createHmac, timingSafeEqual } from "node:crypto";
import { db } from "@/server/db";
import { notFound } from "@/server/errors";
import { decryptSecret } from "@/server/secrets";
import type { Visitor } from "./visitor";
import { getContact, getInbox, isExternalIdTaken, updateContactIdentity } from "./widget.repository";
import type { TIdentifyInput } from "./widget.schemas";

/** HMAC-SHA256 of the user id with the inbox's identity secret, as the business's server computes it. */
export function identityHash(userId: string, secret: string): string {
  return createHmac("sha256", secret).update(userId).digest("hex");
}

function hashMatches(expected: string, given: string | undefined): boolean {
  if (!given) return false;
  const a = Buffer.from(expected, "hex");
  const b = Buffer.from(given.toLowerCase(), "hex");
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * identify() from the page. Attributes count for rules (VIP and others) only when userHash proves
 * the business's server vouched for this user id; otherwise they are stored as unverified and an
 * unverified call can never overwrite a verified identity.
 */
export async function identifyVisitor({ visitor, input }: { visitor: Visitor; input: TIdentifyInput }) {
  const { organizationId, contactId, inboxId } = visitor;
  const [inbox, contact] = await Promise.all([getInbox(db, { organizationId, inboxId }), getContact(db, { organizationId, contactId })]);
  if (!inbox || !contact) throw notFound("Visitor");
  const verified = inbox.identitySecret ? hashMatches(identityHash(input.id, decryptSecret(inbox.identitySecret)), input.userHash) : false;
  if (contact.identityVerified && !verified) return { verified: false, ignored: true };
  const externalIdFree = verified && !(await isExternalIdTaken(db, { organizationId, externalId: input.id, exceptContactId: contactId }));
  await updateContactIdentity(db, {
    organizationId,
    contactId,
    data: {
      name: input.name,
      email: input.email,
      attributes: { ...(input.attributes ?? {}), ...(verified ? {} : { unverifiedUserId: input.id }) },
      identityVerified: verified,
      ...(externalIdFree ? { externalId: input.id } : {}),
    },
  });
  return { verified };
}
