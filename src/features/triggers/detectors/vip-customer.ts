import type { ConversationView } from "../engine/conversation";
import type { TContactAttributes, TVipCustomerSettings } from "../triggers.schemas";
import type { DetectorHit } from "../triggers.types";
import { matchLists } from "./phrases";
import { detectSensitiveTopic } from "./sensitive-topic";
import { scoreSentiment } from "./sentiment-score";
import { texts } from "../text/prepared";

const DEFAULT_PLANS = ["enterprise"];
const DEFAULT_LIFETIME_VALUE = 10_000;

/** Which verified attribute makes this contact a VIP, or null. */
export function vipTier(contact: TContactAttributes, settings: TVipCustomerSettings = {}): string | null {
  if (settings.requireVerified !== false && contact.verified !== true) return null;
  if (settings.vip !== false && contact.vip === true) return "vip";
  const plans = (settings.plans ?? DEFAULT_PLANS).map((p) => p.toLowerCase());
  if (typeof contact.plan === "string" && plans.includes(contact.plan.toLowerCase())) return `plan:${contact.plan}`;
  const ltv = contact.lifetimeValue;
  if (typeof ltv === "number" && ltv >= (settings.lifetimeValueAtLeast ?? DEFAULT_LIFETIME_VALUE)) return `lifetimeValue:${ltv}`;
  return null;
}

/** A verified VIP with a real support problem; a VIP saying hello or asking an FAQ gets the bot. */
export function detectVipCustomer(view: ConversationView, settings: TVipCustomerSettings = {}): DetectorHit | null {
  const tier = vipTier(view.contact, settings);
  if (!tier) return null;
  if (settings.requireProblem === false) return { matched: [], details: { tier } };
  const text = view.last.text;
  const problem = texts(matchLists(text, ["problem"], "negativeExclude", { phrases: settings.problemPhrases }));
  if (problem.length === 0) {
    // Anger or a sensitive topic is a problem even when no problem word was used.
    const other = detectSensitiveTopic(view)?.matched ?? (scoreSentiment(text).negativity >= 2 ? scoreSentiment(text).matched : []);
    if (other.length === 0) return null;
    problem.push(...other);
  }
  return { matched: problem, details: { tier } };
}
