// Round-robin assignment inside a team: the available agent who has waited longest since their
// last assignment gets the next conversation, so work spreads evenly without a shared counter.

export interface AgentCandidate {
  userId: string;
  status: "ONLINE" | "AWAY" | "OFFLINE";
  capacity: number;
  openCount: number;
  lastAssignedAt: Date | null;
  /** Languages the agent answers in (User.languages). */
  languages: string[];
}

/**
 * Only ONLINE agents below their capacity are available. Among them, agents who speak the
 * visitor's language go first when there is one free (a free agent who does not speak it beats
 * waiting); then never-assigned agents, then the least recently assigned; ties go to the agent with
 * fewer open conversations, then to the lower id so the choice is deterministic.
 */
export function pickAgent(candidates: readonly AgentCandidate[], { language }: { language: string | null }): string | null {
  const available = candidates.filter((agent) => agent.status === "ONLINE" && agent.openCount < agent.capacity);
  const base = baseLanguage(language);
  const speakers = base ? available.filter((agent) => agent.languages.some((spoken) => baseLanguage(spoken) === base)) : [];
  const pool = speakers.length > 0 ? speakers : available;
  const [first] = [...pool].sort(byTurn);
  return first?.userId ?? null;
}

function byTurn(a: AgentCandidate, b: AgentCandidate): number {
  const waited = (a.lastAssignedAt?.getTime() ?? -Infinity) - (b.lastAssignedAt?.getTime() ?? -Infinity);
  if (waited !== 0 && !Number.isNaN(waited)) return waited;
  if (a.openCount !== b.openCount) return a.openCount - b.openCount;
  return a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0;
}

/** "pt-BR" and "PT" both speak "pt": an agent's Portuguese serves any Portuguese visitor. */
function baseLanguage(language: string | null | undefined): string | null {
  const base = language?.trim().toLowerCase().split(/[-_]/)[0];
  return base ? base : null;
}
