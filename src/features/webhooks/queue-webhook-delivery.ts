import { enqueue } from "@/jobs/enqueue";

/**
 * One send job per delivery row. The job id is deterministic (a retried conversation event queues
 * nothing new); a redelivery passes its round so it is a new job, not the finished one.
 */
export function queueWebhookDelivery({ organizationId, deliveryId, round = 0 }: { organizationId: string; deliveryId: string; round?: number }) {
  return enqueue("webhook.deliver", { organizationId, deliveryId }, { jobId: `webhook-${deliveryId}-${round}` });
}
