// The inbox list at scale-shaped inputs, through the route: keyset pages walk a view once, in
// order, with no duplicates and nothing skipped; search finds contact names, emails and message
// bodies (both the common-word path and the rare-term trigram path), literally ("50%" is not a
// wildcard) and only in the caller's workspace; counts stop at INBOX_COUNT_CAP.
import { beforeAll, describe, expect, it } from "vitest";
import * as listRoute from "@/app/api/inbox/conversations/route";
import { INBOX_COUNT_CAP } from "@/features/inbox/inbox.dto";
import { db } from "@/server/db";
import { signUpOwner, type TestAccount } from "../support/accounts";
import { call } from "../support/routes";
import { createWidgetInbox } from "../support/widget";

let a: TestAccount;
let b: TestAccount;
const list = (who: TestAccount, query: string) => call(listRoute.GET, "GET", `/api/inbox/conversations?${query}`, { cookie: who.cookie });
const ids = (response: { body: { conversations: { id: string }[] } }) => response.body.conversations.map((c) => c.id);

/** `count` resolved conversations, one message each, one second apart (newest last), with the given bodies and contact names. */
async function seed(owner: TestAccount, label: string, count: number, body: (i: number) => string, name: (i: number) => string) {
  const organizationId = owner.organizationId;
  const inboxId = (await createWidgetInbox(organizationId)).id;
  const start = Date.parse("2026-06-01T00:00:00Z");
  await db.contact.createMany({ data: Array.from({ length: count }, (_, i) => ({ id: `${label}-contact-${i}`, organizationId, name: name(i), email: `${label}${i}@example.com` })) });
  await db.conversation.createMany({
    data: Array.from({ length: count }, (_, i) => ({
      id: `${label}-conv-${String(i).padStart(4, "0")}`, organizationId, inboxId, contactId: `${label}-contact-${i}`, status: "RESOLVED" as const,
      lastSeq: 1, lastMessageAt: new Date(start + i * 1000), createdAt: new Date(start + i * 1000),
    })),
  });
  await db.message.createMany({
    data: Array.from({ length: count }, (_, i) => ({
      organizationId, conversationId: `${label}-conv-${String(i).padStart(4, "0")}`, seq: 1, role: "VISITOR" as const, source: "WIDGET" as const, body: body(i),
    })),
  });
}

beforeAll(async () => {
  a = await signUpOwner("list-a", "List A");
  b = await signUpOwner("list-b", "List B");
  // 1,005 resolved chats in A: every third mentions a refund; one mentions "50% off"; one contact is "Zelda Quartz".
  await seed(a, "a", INBOX_COUNT_CAP + 5, (i) => (i === 7 ? "Is the 50% off sale still on?" : i % 3 === 0 ? "I want a refund please" : "Where is my order?"), (i) => (i === 11 ? "Zelda Quartz" : `Visitor ${i}`));
  await seed(b, "b", 3, () => "workspace B secret phrase: plutonium", () => "B visitor");
}, 120_000);

describe("inbox list", () => {
  it("caps the counts and pages through a view with keyset cursors", async () => {
    const first = await list(a, "view=resolved&limit=100");
    expect(first.status).toBe(200);
    expect(first.body.counts.resolved).toBe(INBOX_COUNT_CAP);
    const seen: string[] = [...ids(first)];
    let cursor: string | null = first.body.nextCursor;
    while (cursor) {
      const page = await list(a, `view=resolved&limit=100&cursor=${encodeURIComponent(cursor)}`);
      expect(page.status).toBe(200);
      seen.push(...ids(page));
      cursor = page.body.nextCursor;
    }
    expect(seen).toHaveLength(INBOX_COUNT_CAP + 5);
    expect(new Set(seen).size).toBe(seen.length);
    // Newest first: the ids were numbered in time order.
    expect(seen).toEqual([...seen].sort().reverse());
    expect((await list(a, "view=resolved&cursor=not-a-cursor")).status).toBe(422);
  });

  it("searches bodies, names and emails, literally, in the caller's workspace only", async () => {
    // A common word fills the page from the latest conversations; the next page continues.
    const refund = await list(a, "view=resolved&q=REFUND&limit=20");
    expect(ids(refund)).toHaveLength(20);
    expect(ids(refund).every((id) => Number(id.slice(-4)) % 3 === 0)).toBe(true);
    const next = await list(a, `view=resolved&q=REFUND&limit=20&cursor=${encodeURIComponent(refund.body.nextCursor)}`);
    expect(ids(next)).toHaveLength(20);
    expect(ids(next).some((id) => ids(refund).includes(id))).toBe(false);
    // Rare terms: a body, a name, an email.
    expect(ids(await list(a, "view=resolved&q=50%25 off"))).toEqual(["a-conv-0007"]);
    expect(ids(await list(a, "view=resolved&q=zelda quartz"))).toEqual(["a-conv-0011"]);
    expect(ids(await list(a, "view=resolved&q=a998@example"))).toEqual(["a-conv-0998"]);
    // "%" is a character, not a wildcard: "5%f" matches nothing although "50% off" contains 5...f.
    expect(ids(await list(a, "view=resolved&q=5%25f"))).toEqual([]);
    // Workspace B's words are not found from A, and are from B.
    expect(ids(await list(a, "view=resolved&q=plutonium"))).toEqual([]);
    expect(ids(await list(b, "view=resolved&q=plutonium"))).toHaveLength(3);
  });
});
