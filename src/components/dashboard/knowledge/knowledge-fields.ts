// The entry form's values as the inputs hold them, the API bodies built from them, and the
// helpers the import dialog uses to guess a file's format and read its line errors.
import type { ImportLineError, KnowledgeEntry, KnowledgeEntryInput, KnowledgeFormat } from "../api-types";

export interface EntryValues {
  title: string;
  /** One phrasing a line. */
  exampleQuestions: string;
  answer: string;
  /** Comma-separated. */
  tags: string;
  /** "" means any language. */
  language: string;
  enabled: boolean;
}

export const EMPTY_ENTRY: EntryValues = { title: "", exampleQuestions: "", answer: "", tags: "", language: "", enabled: true };

export function toValues(entry: KnowledgeEntry): EntryValues {
  return {
    title: entry.title,
    exampleQuestions: entry.exampleQuestions.join("\n"),
    answer: entry.answer,
    tags: entry.tags.join(", "),
    language: entry.language ?? "",
    enabled: entry.enabled,
  };
}

const lines = (text: string, separator: RegExp) =>
  text
    .split(separator)
    .map((item) => item.trim())
    .filter(Boolean);

export function toInput(values: EntryValues): KnowledgeEntryInput {
  return {
    title: values.title.trim(),
    exampleQuestions: lines(values.exampleQuestions, /\r?\n/),
    answer: values.answer.trim(),
    // The same tag twice would only be noise.
    tags: [...new Set(lines(values.tags, /,/))],
    language: values.language || null,
    enabled: values.enabled,
  };
}

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((item, index) => item === b[index]);

/** Only what differs from the saved entry, for PATCH. */
export function changedFields(entry: KnowledgeEntry, input: KnowledgeEntryInput): Partial<KnowledgeEntryInput> {
  const body: Partial<KnowledgeEntryInput> = {};
  if (input.title !== entry.title) body.title = input.title;
  if (!sameList(input.exampleQuestions, entry.exampleQuestions)) body.exampleQuestions = input.exampleQuestions;
  if (input.answer !== entry.answer) body.answer = input.answer;
  if (!sameList(input.tags, entry.tags)) body.tags = input.tags;
  if (input.language !== entry.language) body.language = input.language;
  if (input.enabled !== entry.enabled) body.enabled = input.enabled;
  return body;
}

/** A 422's details as { field: message }, keyed by the first segment of each issue's path. */
export function fieldErrors(details: unknown): Partial<Record<keyof EntryValues, string>> {
  const errors: Partial<Record<keyof EntryValues, string>> = {};
  if (!Array.isArray(details)) return errors;
  for (const issue of details as Array<{ path?: unknown; message?: unknown }>) {
    if (typeof issue.path !== "string" || typeof issue.message !== "string") continue;
    const [field, index] = issue.path.split(".");
    if (field && field in EMPTY_ENTRY && !(field in errors)) {
      const where = index === undefined ? "" : field === "tags" ? `Tag ${Number(index) + 1}: ` : `Line ${Number(index) + 1}: `;
      errors[field as keyof EntryValues] = `${where}${issue.message}`;
    }
  }
  return errors;
}

/** From the file name: .csv is CSV; .jsonl, .ndjson and .json are JSON Lines. */
export function formatFromFileName(name: string): KnowledgeFormat | null {
  const extension = name.toLowerCase().split(".").pop();
  if (extension === "csv") return "csv";
  if (extension === "jsonl" || extension === "ndjson" || extension === "json") return "jsonl";
  return null;
}

/** For pasted text: JSON Lines start with an object, anything else is read as CSV. */
export function formatFromContent(content: string): KnowledgeFormat {
  return content.trimStart().startsWith("{") ? "jsonl" : "csv";
}

/** The per-line errors of a rejected import (other 422s carry { path, message } instead). */
export function importLineErrors(details: unknown): ImportLineError[] {
  if (!Array.isArray(details)) return [];
  return details.filter((item): item is ImportLineError => typeof item?.line === "number" && typeof item?.message === "string");
}
