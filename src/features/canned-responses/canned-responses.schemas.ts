import { z } from "zod";

/** What the inbox fills in before sending; anything else in {{ }} is refused when saving. */
export const CANNED_VARIABLES = ["contact.name", "contact.email", "agent.name"] as const;

const VARIABLE = /\{\{\s*([^{}]*?)\s*\}\}/g;

export const ZCannedResponseInput = z
  .object({
    // Typed after "/" in the reply box; a leading slash is accepted and dropped.
    shortcut: z
      .string()
      .trim()
      .toLowerCase()
      .transform((value) => value.replace(/^\//, ""))
      .pipe(z.string().min(1, "is required").max(32).regex(/^[a-z0-9][a-z0-9_-]*$/, "may use only letters, digits, - and _ (no spaces)")),
    title: z.string().trim().min(1, "is required").max(100),
    body: z
      .string()
      .trim()
      .min(1, "is required")
      .max(5000)
      .superRefine((body, ctx) => {
        for (const [, name] of body.matchAll(VARIABLE)) {
          if (!(CANNED_VARIABLES as readonly string[]).includes(name ?? "")) {
            ctx.addIssue({ code: "custom", message: `{{${name}}} is not a variable; use ${CANNED_VARIABLES.map((v) => `{{${v}}}`).join(", ")}` });
            return;
          }
        }
      }),
  })
  .strict();
export type TCannedResponseInput = z.infer<typeof ZCannedResponseInput>;

export const ZCannedResponseUpdate = ZCannedResponseInput.partial().strict();
export type TCannedResponseUpdate = z.infer<typeof ZCannedResponseUpdate>;

export interface CannedResponseDto {
  id: string;
  shortcut: string;
  title: string;
  body: string;
}

export function toCannedResponseDto(row: CannedResponseDto): CannedResponseDto {
  return { id: row.id, shortcut: row.shortcut, title: row.title, body: row.body };
}
