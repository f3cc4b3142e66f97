// The team form's values as the inputs hold them, and the API bodies built from them.
import type { AssignmentMode, Team, TeamInput } from "./types";

export interface TeamValues {
  name: string;
  description: string;
  assignmentMode: AssignmentMode;
  /** Comma-separated language codes; empty means any language. */
  languages: string;
}

export type TeamErrors = Partial<Record<keyof TeamValues, string>>;

export const EMPTY_TEAM: TeamValues = { name: "", description: "", assignmentMode: "POOLED", languages: "" };

export const ASSIGNMENT_TEXT: Record<AssignmentMode, { label: string; description: string }> = {
  POOLED: { label: "Pooled", description: "Every available member is notified; the first to claim takes the conversation." },
  ROUND_ROBIN: { label: "Round robin", description: "Conversations go to one available member at a time, in turn, up to each agent's capacity." },
};

export function toValues(team: Team): TeamValues {
  return { name: team.name, description: team.description ?? "", assignmentMode: team.assignmentMode, languages: team.languages.join(", ") };
}

export function splitList(text: string): string[] {
  const items = text
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean);
  return [...new Set(items)];
}

export function toInput(values: TeamValues): TeamInput {
  return {
    name: values.name.trim(),
    description: values.description.trim() || null,
    assignmentMode: values.assignmentMode,
    languages: splitList(values.languages),
  };
}

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((item, index) => item === b[index]);

/** Only what differs from the saved team, for PATCH. */
export function changedFields(team: Team, input: TeamInput): Partial<TeamInput> {
  const body: Partial<TeamInput> = {};
  if (input.name !== team.name) body.name = input.name;
  if (input.description !== team.description) body.description = input.description;
  if (input.assignmentMode !== team.assignmentMode) body.assignmentMode = input.assignmentMode;
  if (!sameList(input.languages, team.languages)) body.languages = input.languages;
  return body;
}

/** A 422's details as { field: message }, keyed by the first segment of each issue's path. */
export function fieldErrors<K extends string>(details: unknown, fields: readonly K[]): Partial<Record<K, string>> {
  const errors: Partial<Record<K, string>> = {};
  if (!Array.isArray(details)) return errors;
  for (const issue of details as Array<{ path?: unknown; message?: unknown }>) {
    if (typeof issue.path !== "string" || typeof issue.message !== "string") continue;
    const [field, index] = issue.path.split(".");
    if (field && (fields as readonly string[]).includes(field) && !(field in errors)) {
      errors[field as K] = index === undefined ? issue.message : `Item ${Number(index) + 1}: ${issue.message}`;
    }
  }
  return errors;
}

/** "2 of 5 online", or who is missing when nobody is. */
export function presenceSummary(team: Pick<Team, "members" | "onlineCount">): string {
  if (team.members.length === 0) return "No members yet";
  if (team.onlineCount === 0) return `Nobody online (${team.members.length} ${team.members.length === 1 ? "member" : "members"})`;
  return `${team.onlineCount} of ${team.members.length} online`;
}
