// The simulator's form values -> the body of POST /api/triggers/simulate.
import type { SimulateInput, SimulatedRole } from "../api-types";

export interface Turn {
  id: number;
  role: SimulatedRole;
  text: string;
  /** Only for bot turns; empty means unknown. */
  confidence: string;
}

export interface SimulatorValues {
  turns: Turn[];
  vip: boolean;
  verified: boolean;
  plan: string;
  lifetimeValue: string;
  page: string;
}

/** The request body, or a message saying what to fix. Empty turns are skipped. */
export function toSimulateInput(values: SimulatorValues): SimulateInput | string {
  const messages: SimulateInput["messages"] = [];
  for (const turn of values.turns) {
    const text = turn.text.trim();
    if (!text) continue;
    if (turn.role === "bot" && turn.confidence.trim()) {
      const confidence = Number(turn.confidence);
      if (!Number.isFinite(confidence) || confidence < 0 || confidence > 1) return "A bot answer's confidence is a number from 0 to 1.";
      messages.push({ role: turn.role, text, confidence });
    } else {
      messages.push({ role: turn.role, text });
    }
  }
  if (!messages.some((message) => message.role === "visitor")) return "Type at least one visitor message.";
  const contact: SimulateInput["contact"] = { vip: values.vip, verified: values.verified };
  if (values.plan.trim()) contact.plan = values.plan.trim();
  if (values.lifetimeValue.trim()) {
    const lifetimeValue = Number(values.lifetimeValue);
    if (!Number.isFinite(lifetimeValue)) return "Lifetime value is a number.";
    contact.lifetimeValue = lifetimeValue;
  }
  const page = values.page.trim();
  return { messages, contact, context: { channel: "widget", ...(page ? { page } : {}) } };
}
