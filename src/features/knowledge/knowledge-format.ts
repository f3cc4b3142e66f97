// Knowledge base files: JSONL (one entry object a line) and CSV (title, example_questions,
// answer, tags, language, enabled; lists separated by "|"). Parsing reports every bad line so a
// person can fix the file in one go; nothing is imported unless every line is valid.
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { ZodError } from "zod";
import { ZKnowledgeEntryInput, type KnowledgeEntryDto, type KnowledgeFormat, type TKnowledgeEntryInput } from "./knowledge.schemas";

export interface LineError {
  line: number;
  message: string;
}

export type ParsedKnowledge = { entries: TKnowledgeEntryInput[]; errors: LineError[] };

const CSV_COLUMNS = ["title", "example_questions", "answer", "tags", "language", "enabled"] as const;
const LIST_SEPARATOR = "|";

const splitList = (value: unknown) =>
  String(value ?? "")
    .split(LIST_SEPARATOR)
    .map((item) => item.trim())
    .filter(Boolean);

function describe(error: unknown): string {
  if (error instanceof ZodError) return error.issues.map((issue) => `${issue.path.join(".") || "entry"}: ${issue.message}`).join("; ");
  return error instanceof Error ? error.message : String(error);
}

const FLAGS: Record<string, boolean> = { true: true, yes: true, "1": true, false: false, no: false, "0": false };

/** Empty means enabled; anything but a yes/no word is left as text so validation names the line. */
function parseFlag(value: string | undefined): unknown {
  if (!value) return true;
  return FLAGS[value.toLowerCase()] ?? value;
}

export function parseKnowledge(format: KnowledgeFormat, content: string): ParsedKnowledge {
  const entries: TKnowledgeEntryInput[] = [];
  const errors: LineError[] = [];
  const accept = (line: number, raw: unknown) => {
    const result = ZKnowledgeEntryInput.safeParse(raw);
    if (result.success) entries.push(result.data);
    else errors.push({ line, message: describe(result.error) });
  };
  if (format === "jsonl") {
    content.split(/\r?\n/).forEach((text, index) => {
      if (!text.trim()) return;
      try {
        accept(index + 1, JSON.parse(text));
      } catch (error) {
        errors.push({ line: index + 1, message: `not valid JSON (${describe(error)})` });
      }
    });
    return { entries, errors };
  }
  let rows: Record<string, string>[];
  try {
    rows = parse(content, { columns: (header: string[]) => header.map((name) => name.trim().toLowerCase()), skip_empty_lines: true, bom: true, trim: true });
  } catch (error) {
    return { entries, errors: [{ line: 1, message: `not valid CSV (${describe(error)})` }] };
  }
  rows.forEach((row, index) => {
    accept(index + 2, {
      title: row.title,
      exampleQuestions: splitList(row.example_questions),
      answer: row.answer,
      tags: splitList(row.tags),
      language: row.language || null,
      enabled: parseFlag(row.enabled),
    });
  });
  return { entries, errors };
}

export function formatKnowledge(format: KnowledgeFormat, entries: KnowledgeEntryDto[]): string {
  if (format === "jsonl") {
    return entries
      .map(({ title, exampleQuestions, answer, tags, language, enabled }) => JSON.stringify({ title, exampleQuestions, answer, tags, language, enabled }))
      .join("\n")
      .concat(entries.length ? "\n" : "");
  }
  return stringify(
    entries.map((entry) => [entry.title, entry.exampleQuestions.join(LIST_SEPARATOR), entry.answer, entry.tags.join(LIST_SEPARATOR), entry.language ?? "", String(entry.enabled)]),
    { header: true, columns: [...CSV_COLUMNS] },
  );
}
