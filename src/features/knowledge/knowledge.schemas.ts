import { z } from "zod";

const ZText = (max: number) => z.string().trim().min(1, "is required").max(max);

export const ZKnowledgeEntryInput = z.object({
  title: ZText(300),
  exampleQuestions: z.array(ZText(300)).max(200).default([]),
  answer: ZText(5000),
  tags: z.array(ZText(50)).max(20).default([]),
  language: z.string().regex(/^[a-z]{2}(-[A-Za-z]{2})?$/, "must be a language code such as en or pt-BR").nullable().optional(),
  enabled: z.boolean().default(true),
});
export type TKnowledgeEntryInput = z.infer<typeof ZKnowledgeEntryInput>;

export const ZKnowledgeEntryUpdate = ZKnowledgeEntryInput.partial().strict();
export type TKnowledgeEntryUpdate = z.infer<typeof ZKnowledgeEntryUpdate>;

export const ZKnowledgeListQuery = z.object({
  q: z.string().max(200).optional(),
  take: z.coerce.number().int().min(1).max(500).default(100),
  skip: z.coerce.number().int().min(0).default(0),
});

export const KNOWLEDGE_FORMATS = ["jsonl", "csv"] as const;
export const ZKnowledgeFormat = z.enum(KNOWLEDGE_FORMATS);
export type KnowledgeFormat = z.infer<typeof ZKnowledgeFormat>;

export const ZKnowledgeImportInput = z.object({
  format: ZKnowledgeFormat,
  content: z.string().min(1, "is empty").max(5_000_000),
  /** replace: the import becomes the whole knowledge base; append: added to it. */
  mode: z.enum(["append", "replace"]).default("append"),
});
export type TKnowledgeImportInput = z.infer<typeof ZKnowledgeImportInput>;

export interface KnowledgeEntryDto {
  id: string;
  title: string;
  exampleQuestions: string[];
  answer: string;
  tags: string[];
  language: string | null;
  enabled: boolean;
  updatedAt: string;
}

export function toKnowledgeEntryDto(row: {
  id: string;
  title: string;
  exampleQuestions: string[];
  answer: string;
  tags: string[];
  language: string | null;
  enabled: boolean;
  updatedAt: Date;
}): KnowledgeEntryDto {
  return {
    id: row.id,
    title: row.title,
    exampleQuestions: row.exampleQuestions,
    answer: row.answer,
    tags: row.tags,
    language: row.language,
    enabled: row.enabled,
    updatedAt: row.updatedAt.toISOString(),
  };
}
