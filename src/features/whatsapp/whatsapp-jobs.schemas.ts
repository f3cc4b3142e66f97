// Payloads of the WhatsApp jobs (registered in src/jobs/definitions.ts): ids and numbers, never
// tokens; statuses carry Meta's wamids and error titles, not message text.
import { z } from "zod";
import { NOTICE_KINDS } from "./notice-kinds";

const org = { organizationId: z.string().min(1) };
const waNumber = z.string().regex(/^\d{5,20}$/, "digits only, as WhatsApp ids are");

/** A sender's staged messages to one number (stage-inbound.ts). */
export const ZInboundJob = z.object({ ...org, accountId: z.string().min(1), from: waNumber });

export const ZStatusesJob = z.object({
  ...org,
  statuses: z
    .array(
      z.object({
        wamid: z.string().min(1).max(256),
        status: z.enum(["sent", "delivered", "read", "failed"]),
        error: z.object({ code: z.number().nullable(), title: z.string().max(500) }).nullable(),
      }),
    )
    .max(1000),
});

/** Everything pending for one number, in order (deliver-pending.ts). */
export const ZDeliverJob = z.object({ ...org, target: waNumber });

export const ZNoticeJob = z.object({ ...org, target: waNumber, kind: z.enum(NOTICE_KINDS), conversationId: z.string().min(1).optional() });
