import { describe, expect, it } from "vitest";
import { slugify } from "./slug";

describe("slugify", () => {
  it.each([
    ["Acme Store!", "acme-store"],
    ["  Café Ünïcode  ", "cafe-unicode"],
    ["---", "workspace"],
    ["مرحبا", "workspace"],
  ])("%s -> %s", (input, expected) => expect(slugify(input)).toBe(expected));
});
