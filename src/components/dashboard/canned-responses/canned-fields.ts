// The canned response form, and the variables the inbox fills in before sending.
import type { CannedResponse, CannedResponseInput } from "./types";

export const VARIABLES = [
  { name: "contact.name", description: "The visitor's name", sample: "Maria" },
  { name: "contact.email", description: "The visitor's email", sample: "maria@example.com" },
  { name: "agent.name", description: "Your name", sample: "Ana" },
] as const;

export const EMPTY_RESPONSE: CannedResponseInput = { shortcut: "", title: "", body: "" };

/** A shortcut as the API stores it: lower case, without the slash people type. */
export function normalizeShortcut(value: string): string {
  return value.trim().toLowerCase().replace(/^\//, "");
}

export function toInput(values: CannedResponseInput): CannedResponseInput {
  return { shortcut: normalizeShortcut(values.shortcut), title: values.title.trim(), body: values.body.trim() };
}

/** Only what differs from the saved response, for PATCH. */
export function changedFields(saved: CannedResponse, input: CannedResponseInput): Partial<CannedResponseInput> {
  const body: Partial<CannedResponseInput> = {};
  for (const key of ["shortcut", "title", "body"] as const) if (input[key] !== saved[key]) body[key] = input[key];
  return body;
}

/** The body as a visitor would read it, with sample values for the variables. */
export function preview(body: string): string {
  return body.replace(/\{\{\s*([^{}]*?)\s*\}\}/g, (whole, name: string) => VARIABLES.find((variable) => variable.name === name)?.sample ?? whole);
}

/** The text with a variable inserted at the cursor (or the end). */
export function insertAt(text: string, position: number | null, variable: string): { text: string; cursor: number } {
  const at = position ?? text.length;
  const token = `{{${variable}}}`;
  return { text: text.slice(0, at) + token + text.slice(at), cursor: at + token.length };
}
