import { describe, expect, it } from "vitest";
import { readWebhookBody, ZWebhookBody } from "./webhook-payload";

const change = (value: unknown, field = "messages") => ({ object: "whatsapp_business_account", entry: [{ id: "1", changes: [{ field, value }] }] });
const metadata = { display_phone_number: "15550000000", phone_number_id: "PN1" };
const read = (body: unknown) => readWebhookBody(ZWebhookBody.parse(body));

describe("readWebhookBody", () => {
  it("reads texts, template button taps and interactive replies with the sender's name and the quoted message", () => {
    const { messages } = read(
      change({
        metadata,
        contacts: [{ wa_id: "4477", profile: { name: "Ana" } }],
        messages: [
          { from: "4477", id: "w1", timestamp: "1700000000", type: "text", text: { body: "hi" } },
          { from: "4477", id: "w2", timestamp: "1700000001", type: "button", button: { payload: "claim:h1", text: "Claim" }, context: { id: "wamid.alert" } },
          { from: "4477", id: "w3", timestamp: "1700000002", type: "interactive", interactive: { type: "button_reply", button_reply: { id: "pass:h1", title: "Pass" } } },
        ],
      }),
    );
    expect(messages).toEqual([
      { phoneNumberId: "PN1", from: "4477", wamid: "w1", timestamp: 1700000000, profileName: "Ana", contextId: null, content: { type: "text", text: "hi" } },
      expect.objectContaining({ wamid: "w2", contextId: "wamid.alert", content: { type: "button", payload: "claim:h1", text: "Claim" } }),
      expect.objectContaining({ wamid: "w3", content: { type: "button", payload: "pass:h1", text: "Pass" } }),
    ]);
  });

  it("marks media as unsupported, skips reactions, other fields and unknown statuses", () => {
    const { messages, statuses } = read({
      object: "whatsapp_business_account",
      entry: [
        {
          changes: [
            { field: "messages", value: { metadata, messages: [{ from: "1", id: "a", type: "image", image: { id: "m" } }, { from: "1", id: "b", type: "reaction", reaction: { emoji: "👍" } }], statuses: [{ id: "x", status: "deleted" }] } },
            { field: "account_update", value: { whatever: true } },
            { field: "messages", value: { no: "metadata" } },
          ],
        },
      ],
    });
    expect(messages.map((message) => [message.wamid, message.content])).toEqual([["a", { type: "unsupported", messageType: "image" }]]);
    expect(statuses).toEqual([]);
  });

  it("reads statuses with their first error", () => {
    const { statuses } = read(change({ metadata, statuses: [{ id: "wamid.1", status: "failed", recipient_id: "15", errors: [{ code: 131047, title: "Re-engagement message" }] }, { id: "wamid.2", status: "read" }] }));
    expect(statuses).toEqual([
      { phoneNumberId: "PN1", wamid: "wamid.1", status: "failed", recipientId: "15", error: { code: 131047, title: "Re-engagement message" } },
      { phoneNumberId: "PN1", wamid: "wamid.2", status: "read", recipientId: null, error: null },
    ]);
  });
});
