import { describe, expect, it } from "vitest";
import { fillCannedVariables } from "./fill-canned-variables";

const full = { contact: { name: "Ada Lovelace", email: "ada@example.com" }, agent: { name: "Omar" } };
const anonymous = { contact: { name: null, email: null }, agent: { name: "Omar" } };

describe("fillCannedVariables", () => {
  it("fills every known variable, spaces inside the braces allowed", () => {
    expect(fillCannedVariables("Hi {{contact.name}}, I'm {{ agent.name }}. We'll write to {{contact.email}}.", full)).toBe(
      "Hi Ada Lovelace, I'm Omar. We'll write to ada@example.com.",
    );
  });

  it("falls back to 'there' for a missing name", () => {
    expect(fillCannedVariables("Hi {{contact.name}},", anonymous)).toBe("Hi there,");
  });

  it("drops a missing email together with the space before it", () => {
    expect(fillCannedVariables("We'll write to you {{contact.email}} soon", anonymous)).toBe("We'll write to you soon");
  });

  it("treats a blank name as missing", () => {
    expect(fillCannedVariables("Hi {{contact.name}}", { ...anonymous, contact: { name: "  ", email: null } })).toBe("Hi there");
  });

  it("leaves unknown variables as written", () => {
    expect(fillCannedVariables("Order {{order.id}} for {{contact.name}}", full)).toBe("Order {{order.id}} for Ada Lovelace");
  });

  it("fills a first name", () => {
    expect(fillCannedVariables("Hi {{contact.first_name}}", full)).toBe("Hi Ada");
  });

  it("does not interpret $ patterns in values", () => {
    expect(fillCannedVariables("{{contact.name}}", { ...full, contact: { name: "$& $1", email: null } })).toBe("$& $1");
  });
});
