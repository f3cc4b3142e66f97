import { db } from "@/server/db";
import { evaluateConversation } from "./evaluate-conversation";
import { findRules } from "./triggers.repository";
import type { TSimulateInput } from "./triggers.schemas";

/** The simulator: the workspace's current rules on a typed conversation, nothing stored. */
export async function simulateTriggers({ organizationId, input }: { organizationId: string; input: TSimulateInput }) {
  const rules = await findRules(db, { organizationId });
  const decision = evaluateConversation({ messages: input.messages, contact: input.contact, rules, context: input.context });
  return {
    escalate: decision.escalate,
    action: decision.action,
    reasons: decision.reasons.map(({ code, ruleId, ruleName, evidence }) => ({ code, ruleId, ruleName, evidence })),
    language: decision.language,
    sentiment: decision.sentiment,
  };
}
