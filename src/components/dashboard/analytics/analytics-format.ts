// Display helpers for analytics figures: seconds as "42 s" / "3 m 20 s" / "2 h 5 m", rates as %.

export function formatDuration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined) return "—";
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} m ${s % 60} s`;
  if (s < 86_400) return `${Math.floor(s / 3600)} h ${Math.floor((s % 3600) / 60)} m`;
  return `${Math.floor(s / 86_400)} d ${Math.floor((s % 86_400) / 3600)} h`;
}

export function formatRate(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? "—" : `${(rate * 100).toFixed(1)}%`;
}

export function formatScore(score: number | null | undefined): string {
  return score === null || score === undefined ? "—" : score.toFixed(2);
}

export const REASON_LABELS: Record<string, string> = {
  explicit_request: "Asked for a person",
  negative_sentiment: "Upset visitor",
  sensitive_topic: "Sensitive topic",
  high_value_intent: "Buying intent",
  low_confidence: "Bot unsure",
  repeated_failure: "Bot kept failing",
  vip_customer: "VIP customer",
  unspecified: "No reason recorded",
};

export const CHANNEL_LABELS: Record<string, string> = { WEB_WIDGET: "Website widget", WHATSAPP: "WhatsApp" };
