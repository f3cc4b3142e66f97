// What the analytics routes return. Times are seconds (null when nothing was measured); rates are
// 0-1 (null when there is nothing to divide by).
export interface Percentiles {
  p50: number | null;
  p90: number | null;
}

export interface PerformanceDto {
  id: string;
  name: string;
  handoffsClaimed: number;
  firstReplyP50: number | null;
  resolutionP50: number | null;
  csatAverage: number | null;
  csatResponses: number;
}

export interface AnalyticsReportDto {
  range: { from: string; to: string; timezone: string; inboxId: string | null; channel: string | null };
  totals: {
    conversations: number;
    automated: number;
    automationRate: number | null;
    escalated: number;
    escalationRate: number | null;
    handoffs: number;
    claimed: number;
  };
  times: { claim: Percentiles; firstReply: Percentiles; resolution: Percentiles };
  daily: { day: string; conversations: number; automated: number; escalated: number; handoffs: number }[];
  reasons: { byDay: { day: string; reason: string; handoffs: number }[]; totals: { reason: string; handoffs: number }[] };
  channels: { channel: string; conversations: number; handoffs: number }[];
  csat: { average: number | null; responses: number; distribution: { score: number; responses: number }[] };
  agents: PerformanceDto[];
  teams: PerformanceDto[];
}

export interface KnowledgeGapDto {
  /** Stable within one response: the group's representative question, normalised. */
  key: string;
  question: string;
  count: number;
  /** Up to five distinct wordings, newest first. */
  examples: string[];
  /** The most recent answer a person gave to one of these questions, if any. */
  agentAnswer: string | null;
  lastAskedAt: string;
  sources: ("low_confidence" | "handoff")[];
}

export interface KnowledgeGapsDto {
  range: { from: string; to: string; timezone: string };
  threshold: number;
  /** How many questions were read (newest first, capped), and how many groups they made. */
  questions: number;
  gaps: KnowledgeGapDto[];
}
