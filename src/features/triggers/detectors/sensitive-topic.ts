import type { ConversationView } from "../engine/conversation";
import { type SensitiveCategory, SENSITIVE_CATEGORIES } from "../lexicons/types";
import { findAmount } from "../text/numbers";
import { findLexicon, texts, type PreparedText } from "../text/prepared";
import type { TSensitiveTopicSettings } from "../triggers.schemas";
import type { DetectorHit } from "../triggers.types";
import { matchLists } from "./phrases";

/**
 * A refund or stuck withdrawal is sensitive only when it is about a concrete order, charge or sum:
 * "refund for order 58213" is, "what is your refund policy?" is an FAQ.
 */
function concreteMoneyAction(text: PreparedText): string[] | null {
  const amount = findAmount(text.raw);
  const specific = findLexicon(text, "moneySpecific");
  const orderId = specific.some((m) => /\d/.test(m.text));
  if (amount || orderId) return [amount ?? "", ...texts(specific)].filter(Boolean);
  if (specific.length > 0 && findLexicon(text, "policyQuestion").length === 0) return texts(specific);
  return null;
}

/** Legal threats, fraud, hacked accounts, unauthorised charges, data deletion, emergencies, harassment, money at stake. */
export function detectSensitiveTopic(view: ConversationView, settings: TSensitiveTopicSettings = {}): DetectorHit | null {
  const text = view.last.text;
  const categories = settings.categories ?? SENSITIVE_CATEGORIES;
  const matched: string[] = [];
  const fired: SensitiveCategory[] = [];
  const base = { builtIn: settings.builtIn, ignore: settings.ignore };
  for (const category of categories) {
    const hits = texts(matchLists(text, [`sensitive.${category}`], "sensitiveExclude", base));
    if (hits.length === 0) continue;
    if (category === "money_action") {
      const concrete = concreteMoneyAction(text);
      if (!concrete) continue;
      hits.push(...concrete);
    }
    fired.push(category);
    matched.push(...hits);
  }
  // The rule's own phrases are a category of their own ("custom").
  const own = texts(matchLists(text, [], undefined, { builtIn: false, phrases: settings.phrases, ignore: settings.ignore }));
  if (own.length > 0) matched.push(...own);
  if (matched.length === 0) return null;
  return { matched: [...new Set(matched)], details: { categories: fired } };
}
