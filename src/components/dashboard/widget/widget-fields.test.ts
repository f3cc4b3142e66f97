import { describe, expect, it } from "vitest";
import type { Inbox } from "../api-types";
import { changedFields, fieldErrors, parseOrigins, toValues, validate } from "./widget-fields";

const inbox: Inbox = {
  id: "i1",
  name: "Website chat",
  channel: "WEB_WIDGET",
  publicKey: "pk_x",
  allowedOrigins: ["https://shop.example.com"],
  botMode: "BOT_ONLY",
  theme: { color: "#0f766e", position: "right", launcherText: "Chat with us", logoUrl: null, greeting: null, leadForm: false },
  identityVerification: false,
  embedSnippet: "<script></script>",
};

describe("widget settings form", () => {
  it("reads origins one a line, without blanks, repeats or a trailing slash", () => {
    expect(parseOrigins("https://a.example/\n\n https://*.b.example \nhttps://a.example")).toEqual(["https://a.example", "https://*.b.example"]);
  });

  it("sends only what changed, with a partial theme and nulls for emptied fields", () => {
    expect(changedFields(inbox, toValues(inbox))).toEqual({});
    const values = { ...toValues(inbox), color: "#BE123C", greeting: "  ", logoUrl: "https://cdn.example/logo.png", allowedOrigins: "", botMode: "AGENTS_ONLY" as const };
    expect(changedFields(inbox, values)).toEqual({ theme: { color: "#be123c", logoUrl: "https://cdn.example/logo.png" }, allowedOrigins: [], botMode: "AGENTS_ONLY" });
  });

  it("refuses what the API would: a bad colour, an origin with a path, a logo that is not a web address", () => {
    const errors = validate({ ...toValues(inbox), color: "teal", allowedOrigins: "https://ok.example\nhttps://shop.example/cart", logoUrl: "javascript:alert(1)" });
    expect(Object.keys(errors).sort()).toEqual(["allowedOrigins", "color", "logoUrl"]);
    expect(errors.allowedOrigins).toContain("“https://shop.example/cart” is not an origin");
    expect(validate(toValues(inbox))).toEqual({});
  });

  it("names the origin the API refused", () => {
    const details = [{ path: "allowedOrigins.1", message: "must be an origin" }, { path: "theme.color", message: "must be a colour" }];
    expect(fieldErrors(details, { allowedOrigins: ["https://a.example", "https://b.example/x"] })).toEqual({
      allowedOrigins: "“https://b.example/x” must be an origin",
      color: "must be a colour",
    });
  });
});
