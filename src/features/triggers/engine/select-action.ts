import type { TTriggerAction } from "../triggers.schemas";

// Handing off beats offering a button, which beats re-prioritising or tagging: when several rules fire,
// the visitor gets the strongest response and the weaker actions still apply alongside.
const STRENGTH: Record<TTriggerAction["type"], number> = { handoff: 4, route_team: 4, offer_human: 3, set_priority: 2, tag: 1 };

export function actionEscalates(action: TTriggerAction | null): boolean {
  return action?.type === "handoff" || action?.type === "route_team";
}

/** Actions arrive in rule order (position); the first of the highest strength wins. */
export function selectAction(actions: readonly TTriggerAction[]): TTriggerAction | null {
  let best: TTriggerAction | null = null;
  for (const action of actions) if (!best || STRENGTH[action.type] > STRENGTH[best.type]) best = action;
  return best;
}
