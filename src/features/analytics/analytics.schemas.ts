// Query parameters of every analytics route, and the range rules: dates are calendar days in the
// workspace's time zone, both ends included, at most MAX_RANGE_DAYS long.
import { z } from "zod";
import { AppError } from "@/server/errors";

export const MAX_RANGE_DAYS = 366;
export const DEFAULT_RANGE_DAYS = 30;

const ZDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date as YYYY-MM-DD").refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), "not a calendar date");

export const ZAnalyticsChannel = z.enum(["WEB_WIDGET", "WHATSAPP"]);

export const ZAnalyticsQuery = z.object({
  from: ZDay.optional(),
  to: ZDay.optional(),
  inboxId: z.string().min(1).max(64).optional(),
  channel: ZAnalyticsChannel.optional(),
});
export type TAnalyticsQuery = z.output<typeof ZAnalyticsQuery>;

export const ANALYTICS_TABLES = ["daily", "reasons", "channels", "csat", "agents", "teams", "gaps"] as const;
export const ZAnalyticsTable = z.enum(ANALYTICS_TABLES);
export type TAnalyticsTable = z.output<typeof ZAnalyticsTable>;

/** A resolved range: local calendar days, the zone they are read in, and the optional filters. */
export interface AnalyticsRange {
  organizationId: string;
  from: string;
  to: string;
  timezone: string;
  inboxId?: string;
  channel?: z.output<typeof ZAnalyticsChannel>;
}

const DAY_MS = 86_400_000;

/** Today's date in a time zone, as YYYY-MM-DD. */
export function todayIn(timezone: string, now = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: timezone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export function rangeDays(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS) + 1;
}

/**
 * Query string -> range. Bad input is a 400 (not the wrappers' 422 for bodies): a range is
 * a request the client can fix by picking other dates. Defaults: the last 30 days up to today.
 */
export function parseAnalyticsQuery(params: URLSearchParams, { organizationId, timezone, now }: { organizationId: string; timezone: string; now?: Date }): AnalyticsRange {
  const parsed = ZAnalyticsQuery.safeParse(Object.fromEntries(params));
  if (!parsed.success) throw new AppError("BAD_REQUEST", parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; "));
  const to = parsed.data.to ?? todayIn(timezone, now);
  const from = parsed.data.from ?? addDays(to, -(DEFAULT_RANGE_DAYS - 1));
  if (from > to) throw new AppError("BAD_REQUEST", "from must be on or before to");
  if (rangeDays(from, to) > MAX_RANGE_DAYS) throw new AppError("BAD_REQUEST", `A range is at most ${MAX_RANGE_DAYS} days`);
  return { organizationId, from, to, timezone, inboxId: parsed.data.inboxId, channel: parsed.data.channel };
}

export function parseAnalyticsTable(params: URLSearchParams): TAnalyticsTable {
  const parsed = ZAnalyticsTable.safeParse(params.get("table"));
  if (!parsed.success) throw new AppError("BAD_REQUEST", `table must be one of ${ANALYTICS_TABLES.join(", ")}`);
  return parsed.data;
}
