// What an agent half-typed in each conversation survives switching to another one and back
// (kept in memory for the tab's lifetime; a reload starts empty).
export interface ComposerDraft {
  text: string;
  mode: "reply" | "note";
}

const drafts = new Map<string, ComposerDraft>();

export const loadComposerDraft = (conversationId: string): ComposerDraft => drafts.get(conversationId) ?? { text: "", mode: "reply" };

export function saveComposerDraft(conversationId: string, draft: ComposerDraft): void {
  if (!draft.text && draft.mode === "reply") drafts.delete(conversationId);
  else drafts.set(conversationId, draft);
}
