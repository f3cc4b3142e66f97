import type { ConversationView } from "../engine/conversation";
import { type HighValueCategory, HIGH_VALUE_CATEGORIES } from "../lexicons/types";
import { findQuantities } from "../text/numbers";
import { findLexicon, texts, type PreparedText } from "../text/prepared";
import type { THighValueIntentSettings } from "../triggers.schemas";
import type { DetectorHit } from "../triggers.types";
import { matchLists } from "./phrases";

const DEFAULT_MIN_QUANTITY = 10;
// How far after a number its unit may be ("3,000 branded water bottles").
const UNIT_WINDOW = 30;

/**
 * A volume lead: a number of at least `min` units together with buying words. "1,200 employees are
 * waiting on this" has the number and the unit but no purchase, so it is not a lead.
 */
function volumeLead(text: PreparedText, min: number): string[] | null {
  // Both in the padded normalised text, so offsets compare ("3,000" reads "3 000" there).
  const big = findQuantities(text.padded).filter((q) => q.value >= min);
  if (big.length === 0) return null;
  const units = findLexicon(text, "quantityUnits");
  const pairs = big.flatMap((q) => units.filter((u) => u.start >= q.end && u.start - q.end <= UNIT_WINDOW).map((u) => ({ q, u })));
  if (pairs.length === 0) return null;
  const intent = findLexicon(text, "purchaseIntent");
  if (intent.length === 0) return null;
  const first = pairs[0];
  return first ? [`${first.q.text} ${first.u.text}`, ...texts(intent)] : null;
}

/** Enterprise or custom pricing, volume quotes, demos, viewings, partnerships: sales leads, not FAQs. */
export function detectHighValueIntent(view: ConversationView, settings: THighValueIntentSettings = {}): DetectorHit | null {
  const text = view.last.text;
  const categories = settings.categories ?? HIGH_VALUE_CATEGORIES;
  const base = { builtIn: settings.builtIn, ignore: settings.ignore };
  const matched: string[] = [];
  const fired: HighValueCategory[] = [];
  let quantity: number | null = null;
  for (const category of categories) {
    const hits = texts(matchLists(text, [`highValue.${category}`], "highValueExclude", base));
    if (category === "volume" && settings.builtIn !== false) {
      const lead = volumeLead(text, settings.minQuantity ?? DEFAULT_MIN_QUANTITY);
      if (lead) {
        hits.push(...lead);
        quantity = findQuantities(lead[0] ?? "")[0]?.value ?? null;
      }
    }
    if (hits.length === 0) continue;
    fired.push(category);
    matched.push(...hits);
  }
  matched.push(...texts(matchLists(text, [], undefined, { builtIn: false, phrases: settings.phrases, ignore: settings.ignore })));
  if (matched.length === 0) return null;
  return { matched: [...new Set(matched)], details: { categories: fired, quantity } };
}
