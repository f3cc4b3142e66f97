// Draft approval (human in the loop): which bot answers an agent must approve first.

export interface DraftPolicy {
  /** Trigger reason codes: a message that raised one of these gets a held answer. */
  reasons: string[];
  /** Knowledge-entry tags: an answer built on an entry with one of these is held. */
  tags: string[];
  /** Confidence below this is held (null: no confidence rule). */
  below: number | null;
}

export interface HeldBecause {
  reasons?: string[];
  tags?: string[];
  belowConfidence?: boolean;
}

export function policyFrom(settings: { draftApprovalReasons: string[]; draftApprovalTags: string[]; draftApprovalBelow: number | null } | null | undefined): DraftPolicy {
  return { reasons: settings?.draftApprovalReasons ?? [], tags: settings?.draftApprovalTags ?? [], below: settings?.draftApprovalBelow ?? null };
}

/** Whether any answer could be held; when not, answers stream straight to the visitor. */
export function mayHold(policy: DraftPolicy): boolean {
  return policy.reasons.length > 0 || policy.tags.length > 0 || policy.below !== null;
}

/** Why this answer must wait for an agent, or null when it may go straight to the visitor. */
export function heldBecause(policy: DraftPolicy, answer: { reasonCodes: string[]; tags: string[]; confidence: number | null }): HeldBecause | null {
  const lower = (values: string[]) => new Set(values.map((value) => value.toLowerCase()));
  const policyTags = lower(policy.tags);
  const reasons = [...new Set(answer.reasonCodes.filter((code) => policy.reasons.includes(code)))];
  const tags = [...lower(answer.tags)].filter((tag) => policyTags.has(tag));
  const belowConfidence = policy.below !== null && (answer.confidence ?? 0) < policy.below;
  if (reasons.length === 0 && tags.length === 0 && !belowConfidence) return null;
  return { ...(reasons.length ? { reasons } : {}), ...(tags.length ? { tags } : {}), ...(belowConfidence ? { belowConfidence } : {}) };
}
