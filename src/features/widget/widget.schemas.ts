import { z } from "zod";

const ZPage = z.string().max(2048).optional();

export const ZStartSessionInput = z.object({
  publicKey: z.string().min(1).max(100),
  visitorId: z.string().min(16).max(100).optional(),
  locale: z.string().max(20).optional(),
  page: ZPage,
});
export type TStartSessionInput = z.infer<typeof ZStartSessionInput>;

export const ZPostVisitorMessageInput = z.object({
  clientId: z.string().min(8).max(100),
  text: z.string().trim().min(1, "is empty").max(4000, "is longer than 4000 characters"),
  page: ZPage,
});
export type TPostVisitorMessageInput = z.infer<typeof ZPostVisitorMessageInput>;

export const ZMessagesQuery = z.object({ after: z.coerce.number().int().min(0).default(0) });

const ZAttributeValue = z.union([z.string().max(500), z.number(), z.boolean(), z.null()]);

export const ZIdentifyInput = z.object({
  id: z.string().trim().min(1).max(200),
  email: z.email().max(254).optional(),
  name: z.string().trim().max(200).optional(),
  attributes: z.record(z.string().max(64), ZAttributeValue).refine((value) => Object.keys(value).length <= 50, "at most 50 attributes").optional(),
  userHash: z.string().regex(/^[0-9a-fA-F]{64}$/, "must be a hex HMAC-SHA256").optional(),
});
export type TIdentifyInput = z.infer<typeof ZIdentifyInput>;

export const ZLeadInput = z.object({
  name: z.string().trim().min(1, "is required").max(200),
  email: z.email("must be an email address").max(254),
  question: z.string().trim().min(1, "is required").max(4000),
  clientId: z.string().min(8).max(100).optional(),
});
export type TLeadInput = z.infer<typeof ZLeadInput>;

export const ZRateConversationInput = z.object({
  conversationId: z.string().min(1).max(100),
  score: z.number().int("must be a whole number").min(1, "must be 1 to 5").max(5, "must be 1 to 5"),
  comment: z.string().trim().max(1000, "is longer than 1000 characters").optional(),
});
export type TRateConversationInput = z.infer<typeof ZRateConversationInput>;
