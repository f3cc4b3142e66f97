import { DETECTOR_FOR_REASON, type DetectorKey, runDetector } from "../detectors";
import { compileLists } from "../detectors/phrases";
import { texts } from "../text/prepared";
import { SIGNAL_KEYS, type TKeywordCondition, type TTriggerContext, type TTriggerRule } from "../triggers.schemas";
import type { DetectorHit, TriggerEvidence } from "../triggers.types";
import { contextHolds } from "./context-conditions";
import type { ConversationView } from "./conversation";

export interface MatchState {
  view: ConversationView;
  context: TTriggerContext;
  cache: Map<string, DetectorHit | null>;
}

function matchKeywords(k: TKeywordCondition, view: ConversationView): DetectorHit | null {
  const scope = k.scope === "visitor_messages" ? view.visitorTurns : [view.last];
  const any = compileLists(k.any);
  const none = compileLists(k.none);
  const found = any ? scope.flatMap((t) => texts(any.find(t.text.padded))) : [];
  if (k.any && found.length === 0) return null;
  if (none && scope.some((t) => none.find(t.text.padded).length > 0)) return null;
  return { matched: [...new Set(found)] };
}

/** The rule's evidence when all its conditions hold (signals combined by `match`), else null. */
export function matchRule(rule: TTriggerRule, state: MatchState): TriggerEvidence | null {
  const c = rule.conditions;
  const contextMatched = contextHolds(c, state.context, state.view.contact);
  if (!contextMatched) return null;
  const signals = SIGNAL_KEYS.filter((key) => c[key] !== undefined);
  const hits = new Map<string, DetectorHit>();
  const any = c.match === "any";
  for (const key of signals) {
    const hit = key === "keywords" ? matchKeywords(c.keywords as TKeywordCondition, state.view) : runDetector(key as DetectorKey, c, state.view, state.cache);
    if (hit) hits.set(key, hit);
    else if (!any) return null;
  }
  if (signals.length > 0 && hits.size === 0) return null;

  // The detector named by the rule's reason leads the evidence; others add their words and details.
  const lead = hits.get(DETECTOR_FOR_REASON[rule.reason]) ?? [...hits.values()][0];
  const evidence: TriggerEvidence = { matched: [...new Set([...hits.values()].flatMap((h) => h.matched))] };
  if (lead?.score !== undefined) evidence.score = lead.score;
  for (const hit of hits.values()) for (const [k, v] of Object.entries(hit.details ?? {})) if (!(k in evidence)) evidence[k] = v;
  if (hits.size > 1 || signals.includes("keywords")) evidence.signals = [...hits.keys()];
  if (contextMatched.length > 0) evidence.context = contextMatched;
  return evidence;
}
