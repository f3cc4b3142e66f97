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
