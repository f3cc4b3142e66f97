import { describe, expect, it } from "vitest";
import { decryptSecret, encryptSecret } from "./secrets";

describe("secrets at rest", () => {
  it("round-trips and never stores the plain text", () => {
    const stored = encryptSecret("xoxb-very-secret");
    expect(stored).not.toContain("xoxb");
    expect(decryptSecret(stored)).toBe("xoxb-very-secret");
    expect(encryptSecret("same")).not.toBe(encryptSecret("same"));
  });

  it("refuses tampered ciphertext", () => {
    const [v, iv, tag, data] = encryptSecret("secret").split(".");
    const flipped = data!.slice(0, -1) + (data!.endsWith("A") ? "B" : "A");
    expect(() => decryptSecret([v, iv, tag, flipped].join("."))).toThrow();
  });
});
