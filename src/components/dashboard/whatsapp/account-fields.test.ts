import { describe, expect, it } from "vitest";
import { EMPTY_ACCOUNT, toAccountBody } from "./account-fields";

describe("WhatsApp account form", () => {
  const values = { ...EMPTY_ACCOUNT, phoneNumberId: " 1098 ", businessAccountId: "2001", accessToken: "tok", appSecret: "sec", followUpTemplate: "follow_up" };

  it("sends everything on create, empty optional fields as null", () => {
    expect(toAccountBody(values, false)).toEqual({
      phoneNumberId: "1098",
      businessAccountId: "2001",
      displayPhone: null,
      accessToken: "tok",
      appSecret: "sec",
      agentAlertTemplate: null,
      followUpTemplate: "follow_up",
      templateLanguage: "en",
      messagesPerSecond: 80,
    });
  });

  it("keeps the stored secrets and the phone number id on edit unless new ones are typed", () => {
    const body = toAccountBody({ ...values, accessToken: "", appSecret: " " }, true);
    expect(body).not.toHaveProperty("phoneNumberId");
    expect(body).not.toHaveProperty("accessToken");
    expect(body).not.toHaveProperty("appSecret");
    expect(toAccountBody({ ...values, accessToken: "new" }, true)).toEqual(expect.objectContaining({ accessToken: "new" }));
  });
});
