import { z } from "zod";
import { decodeInboxCursor } from "./inbox-cursor";

export const ZInboxView = z.enum(["queue", "mine", "all", "resolved", "leads"]);

export const ZInboxListQuery = z.object({
  view: ZInboxView.default("all"),
  q: z.string().trim().max(200).optional().transform((value) => value || undefined),
  teamId: z.string().max(64).optional(),
  inboxId: z.string().max(64).optional(),
  // The keyset cursor of the previous page's nextCursor (inbox-cursor.ts).
  cursor: z
    .string()
    .max(300)
    .optional()
    .transform((value, ctx) => {
      if (!value) return undefined;
      const cursor = decodeInboxCursor(value);
      if (!cursor) ctx.addIssue({ code: "custom", message: "not a cursor this list returned" });
      return cursor ?? undefined;
    }),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type TInboxListQuery = z.output<typeof ZInboxListQuery>;

export const ZAfterQuery = z.object({ after: z.coerce.number().int().min(0).default(0) });

export const ZAgentMessageInput = z.object({
  clientId: z.string().min(8).max(64),
  text: z.string().trim().min(1, "Write something first").max(4000),
  note: z.boolean().default(false),
  // WhatsApp conversations outside the 24-hour window: send the text as the follow-up template.
  whatsappTemplate: z.boolean().optional(),
});
export type TAgentMessageInput = z.output<typeof ZAgentMessageInput>;

export const ZTransferInput = z
  .object({ teamId: z.string().max(64).optional(), assigneeId: z.string().max(64).optional() })
  .refine((value) => Boolean(value.teamId) !== Boolean(value.assigneeId), "Give either a teamId or an assigneeId");
export type TTransferInput = z.output<typeof ZTransferInput>;

export const ZReadInput = z.object({ seq: z.number().int().min(0) });

export const ZDraftApproveInput = z.object({ text: z.string().trim().min(1).max(4000).optional() });

export const ZAgentProfileInput = z
  .object({
    status: z.enum(["ONLINE", "AWAY"]).optional(),
    capacity: z.number().int().min(1).max(50).optional(),
    languages: z.array(z.string().regex(/^[a-z]{2}$/, "two-letter language codes")).max(20).optional(),
  })
  .refine((value) => Object.keys(value).length > 0, "Nothing to change");
export type TAgentProfileInput = z.output<typeof ZAgentProfileInput>;
