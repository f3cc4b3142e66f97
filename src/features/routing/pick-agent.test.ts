import { describe, expect, it } from "vitest";
import { pickAgent, type AgentCandidate } from "./pick-agent";

const agent = (userId: string, over: Partial<AgentCandidate> = {}): AgentCandidate => ({
  userId,
  status: "ONLINE",
  capacity: 5,
  openCount: 0,
  lastAssignedAt: null,
  languages: [],
  ...over,
});
const minutesAgo = (minutes: number) => new Date(Date.UTC(2026, 0, 5, 12, 0) - minutes * 60_000);

describe("pickAgent", () => {
  it("returns null when nobody is available", () => {
    expect(pickAgent([], { language: null })).toBeNull();
    const unavailable = [agent("away", { status: "AWAY" }), agent("off", { status: "OFFLINE" }), agent("full", { openCount: 5, capacity: 5 }), agent("zero", { capacity: 0 })];
    expect(pickAgent(unavailable, { language: "en" })).toBeNull();
  });

  it("gives the conversation to the agent assigned least recently, never-assigned first", () => {
    const team = [agent("ana", { lastAssignedAt: minutesAgo(5) }), agent("ben", { lastAssignedAt: minutesAgo(30) }), agent("cy", { lastAssignedAt: minutesAgo(1) })];
    expect(pickAgent(team, { language: null })).toBe("ben");
    expect(pickAgent([...team, agent("new")], { language: null })).toBe("new");
  });

  it("rotates through the team as assignments are recorded", () => {
    let team = [agent("ana"), agent("ben"), agent("cy")];
    const picked: string[] = [];
    for (let turn = 0; turn < 6; turn++) {
      const userId = pickAgent(team, { language: null })!;
      picked.push(userId);
      team = team.map((a) => (a.userId === userId ? { ...a, lastAssignedAt: new Date(Date.UTC(2026, 0, 5, 12, turn)) } : a));
    }
    expect(picked).toEqual(["ana", "ben", "cy", "ana", "ben", "cy"]);
  });

  it("skips agents who are away, offline or at capacity", () => {
    const team = [agent("away", { status: "AWAY" }), agent("full", { openCount: 3, capacity: 3 }), agent("free", { lastAssignedAt: minutesAgo(0), openCount: 2, capacity: 3 })];
    expect(pickAgent(team, { language: null })).toBe("free");
  });

  it("prefers a free agent who speaks the visitor's language, else anyone free", () => {
    const team = [agent("en", { languages: ["en"] }), agent("es", { languages: ["en", "es"], lastAssignedAt: minutesAgo(1) })];
    expect(pickAgent(team, { language: "es" })).toBe("es");
    expect(pickAgent(team, { language: "ES-mx" })).toBe("es");
    expect(pickAgent(team, { language: "fr" })).toBe("en");
    const spanishBusy = team.map((a) => (a.userId === "es" ? { ...a, openCount: 5 } : a));
    expect(pickAgent(spanishBusy, { language: "es" })).toBe("en");
    const spanishAway = team.map((a) => (a.userId === "es" ? { ...a, status: "AWAY" as const } : a));
    expect(pickAgent(spanishAway, { language: "es" })).toBe("en");
  });

  it("breaks ties by fewer open conversations, then by id", () => {
    const same = minutesAgo(10);
    expect(pickAgent([agent("b", { lastAssignedAt: same, openCount: 2 }), agent("c", { lastAssignedAt: same, openCount: 1 })], { language: null })).toBe("c");
    expect(pickAgent([agent("b", { openCount: 1 }), agent("a", { openCount: 1 })], { language: null })).toBe("a");
    expect(pickAgent([agent("z", { openCount: 0 }), agent("a", { openCount: 3 })], { language: null })).toBe("z");
  });
});
