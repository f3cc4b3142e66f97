// Every job Baton runs: its dotted name, the queue it goes on and the schema of its payload.
// Payloads carry ids, never tokens or message bodies; processors load what they need.
// Processors live in processors.ts so use-cases can enqueue without importing the worker side.
import { z } from "zod";

export const QUEUE_NAMES = ["default", "slack", "whatsapp"] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

const ZTenantScoped = z.object({ organizationId: z.string().min(1) });

export const JOBS = {
  "invitation.send-email": {
    queue: "default",
    schema: ZTenantScoped.extend({ invitationId: z.string().min(1) }),
  },
} as const satisfies Record<string, { queue: QueueName; schema: z.ZodType }>;

export type JobName = keyof typeof JOBS;
export type JobPayload<N extends JobName> = z.infer<(typeof JOBS)[N]["schema"]>;

export function isJobName(name: string): name is JobName {
  return Object.hasOwn(JOBS, name);
}
