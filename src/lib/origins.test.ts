import { describe, expect, it } from "vitest";
import { isOriginAllowed } from "./origins";

describe("isOriginAllowed", () => {
  it("allows any origin when the list is empty", () => expect(isOriginAllowed([], "https://a.example")).toBe(true));
  it("matches exact origins, ignoring a trailing slash and case", () => {
    expect(isOriginAllowed(["https://Shop.example/"], "https://shop.example")).toBe(true);
    expect(isOriginAllowed(["https://shop.example"], "http://shop.example")).toBe(false);
    expect(isOriginAllowed(["https://shop.example"], "https://shop.example.evil.test")).toBe(false);
  });
  it("matches subdomain wildcards without matching look-alikes", () => {
    expect(isOriginAllowed(["https://*.shop.example"], "https://eu.shop.example")).toBe(true);
    expect(isOriginAllowed(["https://*.shop.example"], "https://shop.example")).toBe(true);
    expect(isOriginAllowed(["https://*.shop.example"], "https://evilshop.example")).toBe(false);
  });
  it("refuses a missing origin when a list is set", () => expect(isOriginAllowed(["https://shop.example"], null)).toBe(false));
});
