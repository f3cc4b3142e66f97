import type { TContactAttributes, TTriggerConditions, TTriggerContext } from "../triggers.schemas";

const globCache = new Map<string, RegExp>();

function glob(pattern: string): RegExp {
  let re = globCache.get(pattern);
  if (!re) {
    const body = pattern.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*");
    re = new RegExp(`^${body}$`, "i");
    globCache.set(pattern, re);
  }
  return re;
}

/** "/pricing*" is written against the path; a full URL in the context is reduced to its path first. */
const pathCache = new Map<string, string>();

function pathOf(page: string): string {
  let path = pathCache.get(page);
  if (path === undefined) {
    path = /^[a-z][a-z0-9+.-]*:\/\//i.test(page) ? safePathname(page) : (page.split(/[?#]/)[0] ?? page);
    if (pathCache.size > 1000) pathCache.clear();
    pathCache.set(page, path);
  }
  return path;
}

function safePathname(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}

export function pageMatches(page: string, patterns: readonly string[]): boolean {
  const path = pathOf(page);
  return patterns.some((p) => glob(p).test(/^https?:/i.test(p) ? page : path));
}

/** Context and contact conditions narrow a rule; the matched ones go into its evidence. Null when one fails. */
export function contextHolds(c: TTriggerConditions, context: TTriggerContext, contact: TContactAttributes): string[] | null {
  const matched: string[] = [];
  if (c.previousHandoff !== undefined) {
    if ((context.previousHandoff ?? false) !== c.previousHandoff) return null;
    matched.push(`previousHandoff:${c.previousHandoff}`);
  }
  if (c.sessionMinutesOver !== undefined) {
    if ((context.sessionMinutes ?? 0) <= c.sessionMinutesOver) return null;
    matched.push(`sessionMinutes:${context.sessionMinutes ?? 0}`);
  }
  if (c.pageMatches) {
    if (!context.page || !pageMatches(context.page, c.pageMatches)) return null;
    matched.push(`page:${context.page}`);
  }
  if (c.channel) {
    if (!context.channel || !c.channel.includes(context.channel)) return null;
    matched.push(`channel:${context.channel}`);
  }
  if (c.businessHours) {
    if (context.businessHours !== c.businessHours) return null;
    matched.push(`businessHours:${c.businessHours}`);
  }
  const k = c.contact;
  if (k) {
    if (k.verified !== undefined && (contact.verified ?? false) !== k.verified) return null;
    if (k.vip !== undefined && (contact.vip ?? false) !== k.vip) return null;
    if (k.plans && !(typeof contact.plan === "string" && k.plans.some((p) => p.toLowerCase() === contact.plan?.toLowerCase()))) return null;
    if (k.lifetimeValueAtLeast !== undefined && !((contact.lifetimeValue ?? 0) >= k.lifetimeValueAtLeast)) return null;
    matched.push("contact");
  }
  return matched;
}
