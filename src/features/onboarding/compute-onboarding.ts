// Pure: the checklist's states from the facts the repository found. Kept apart from the queries
// so the rules (what counts as done, what a tick or a skip may override) are unit-tested.
import { isOriginAllowed } from "@/lib/origins";
import { ONBOARDING_STEPS, SKIPPABLE_STEPS, TICKABLE_STEPS, type OnboardingStepDto, type TOnboardingStep } from "./onboarding.schemas";

export interface OnboardingFacts {
  knowledgeEntries: number;
  /** metadata of the bot's recent messages (outside test conversations). */
  botMessages: Array<{ metadata: unknown }>;
  /** Pages (full URLs) visitors were last seen on, outside Baton. */
  outsidePages: string[];
  widgetAllowedOrigins: string[][];
  slack: boolean;
  whatsapp: boolean;
  members: number;
  invitations: number;
  completedTestHandoffs: number;
  /** Latest first: { step, state } from the owner's ticks and skips. */
  marks: Array<{ step: string; state: string }>;
}

/** An answer from knowledge, not the "I don't know" line or a fallback after an error. */
export function isRealBotAnswer(metadata: unknown): boolean {
  if (!metadata || typeof metadata !== "object") return false;
  const { sources, offerHuman, failure } = metadata as { sources?: unknown; offerHuman?: unknown; failure?: unknown };
  if (failure) return false;
  return (Array.isArray(sources) && sources.length > 0) || offerHuman === false;
}

function originOf(page: string): string | null {
  try {
    return new URL(page).origin;
  } catch {
    return null;
  }
}

/** A visitor on a website that one of the widgets allows (an empty list allows any website). */
export function widgetSeenOutside(outsidePages: string[], allowedOrigins: string[][]): string | null {
  for (const page of outsidePages) {
    const origin = originOf(page);
    if (origin && allowedOrigins.some((allowed) => isOriginAllowed(allowed, origin))) return origin;
  }
  return null;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

function fromData(step: TOnboardingStep, facts: OnboardingFacts): { done: boolean; detail: string | null } {
  switch (step) {
    case "knowledge":
      return { done: facts.knowledgeEntries > 0, detail: facts.knowledgeEntries > 0 ? plural(facts.knowledgeEntries, "entry", "entries") : null };
    case "try_bot": {
      const done = facts.botMessages.some((message) => isRealBotAnswer(message.metadata));
      return { done, detail: done ? "The bot answered from your knowledge base" : null };
    }
    case "install_widget": {
      const origin = widgetSeenOutside(facts.outsidePages, facts.widgetAllowedOrigins);
      return { done: origin !== null, detail: origin ? `Seen on ${origin}` : null };
    }
    case "connect_channel": {
      const names = [facts.slack ? "Slack" : null, facts.whatsapp ? "WhatsApp" : null].filter(Boolean);
      return { done: names.length > 0, detail: names.length > 0 ? `${names.join(" and ")} connected` : null };
    }
    case "invite_agents": {
      const done = facts.members > 1 || facts.invitations > 0;
      const detail = [facts.members > 1 ? plural(facts.members, "member", "members") : null, facts.invitations > 0 ? plural(facts.invitations, "invitation", "invitations") : null]
        .filter(Boolean)
        .join(", ");
      return { done, detail: detail || null };
    }
    case "test_handoff":
      return { done: facts.completedTestHandoffs > 0, detail: facts.completedTestHandoffs > 0 ? "A test handoff went end to end" : null };
  }
}

export function computeOnboardingSteps(facts: OnboardingFacts): OnboardingStepDto[] {
  return ONBOARDING_STEPS.map((id) => {
    const data = fromData(id, facts);
    const optional = SKIPPABLE_STEPS.includes(id);
    if (data.done) return { id, state: "done", marked: false, optional, detail: data.detail };
    // Only ticks and skips that the step allows count; "todo" undoes an earlier one.
    const mark = facts.marks.find((entry) => entry.step === id);
    if (mark?.state === "done" && TICKABLE_STEPS.includes(id)) return { id, state: "done", marked: true, optional, detail: "Marked as done" };
    if (mark?.state === "skipped" && optional) return { id, state: "skipped", marked: true, optional, detail: "Skipped" };
    return { id, state: "todo", marked: false, optional, detail: data.detail };
  });
}
