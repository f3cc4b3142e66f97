import type { ConversationView } from "../engine/conversation";
import { texts, type PreparedText } from "../text/prepared";
import type { TExplicitRequestSettings } from "../triggers.schemas";
import type { DetectorHit } from "../triggers.types";
import { composedRequest } from "./composed-request";
import { compileLists, matchLists } from "./phrases";

export const REQUEST_HUMAN_ACTION = "request_human";

function blockedByIgnore(text: PreparedText, phrase: string, settings: TExplicitRequestSettings): boolean {
  const ignore = compileLists(settings.ignore);
  return ignore !== undefined && ignore.find(` ${phrase} `).length > 0;
}

/** The visitor asks for a person (any language, direct or indirect), presses the widget button, or refuses the bot. */
export function detectExplicitRequest(view: ConversationView, settings: TExplicitRequestSettings = {}): DetectorHit | null {
  const matched: string[] = [];
  let button = false;
  if (settings.widgetButton !== false && view.last.action === REQUEST_HUMAN_ACTION) {
    button = true;
    matched.push("[button] talk to a human");
  }
  const keys = settings.botRefusal === false ? (["explicitRequest"] as const) : (["explicitRequest", "botRefusal"] as const);
  matched.push(...texts(matchLists(view.last.text, keys, "explicitExclude", settings)));
  // The frames above miss new wordings; a person + an action + a wish in one clause catches most of them.
  if (matched.length === 0 && settings.builtIn !== false) {
    const composed = composedRequest(view.last.text);
    if (composed && !blockedByIgnore(view.last.text, composed, settings)) matched.push(composed);
  }
  if (matched.length === 0) return null;
  return { matched, details: { button } };
}
