import { describe, expect, it } from "vitest";
import { changedFields, fieldErrors, presenceSummary, toInput, toValues } from "./team-fields";
import type { Team } from "./types";

const team: Team = { id: "t1", name: "Billing", description: null, assignmentMode: "POOLED", languages: ["en"], members: [], onlineCount: 0, routingRuleCount: 0 };

describe("team form", () => {
  it("builds the body and sends only what changed", () => {
    expect(toInput({ name: " Sales ", description: "  ", assignmentMode: "ROUND_ROBIN", languages: "en, es,, en" })).toEqual({ name: "Sales", description: null, assignmentMode: "ROUND_ROBIN", languages: ["en", "es"] });
    expect(changedFields(team, toInput(toValues(team)))).toEqual({});
    expect(changedFields(team, toInput({ ...toValues(team), description: "Refunds", languages: "" }))).toEqual({ description: "Refunds", languages: [] });
  });

  it("puts API errors under their field", () => {
    expect(fieldErrors([{ path: "languages.1", message: "must be a language code" }, { path: "other", message: "x" }], ["name", "languages"])).toEqual({ languages: "Item 2: must be a language code" });
  });

  it("says who is online", () => {
    const member = { userId: "u", name: "Ana", email: "a@x", status: "ONLINE", languages: [] };
    expect(presenceSummary(team)).toBe("No members yet");
    expect(presenceSummary({ members: [member, { ...member, status: "OFFLINE" }], onlineCount: 1 })).toBe("1 of 2 online");
    expect(presenceSummary({ members: [{ ...member, status: "AWAY" }], onlineCount: 0 })).toBe("Nobody online (1 member)");
  });
});
