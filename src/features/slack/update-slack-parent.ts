import { UnrecoverableError } from "bullmq";
import { db } from "@/server/db";
import { renderParentMessage } from "./render-parent-message";
import { callSlack, getSlackConnection } from "./slack-connection";
import { getHandoffDelivery } from "./slack-deliveries.repository";

/** Job "slack.update-parent": chat.update of the parent message to the handoff's current state ("Claimed by Ana after 0:42"). */
export async function updateSlackParent({ organizationId, deliveryId }: { organizationId: string; deliveryId: string }) {
  const delivery = await getHandoffDelivery(db, { organizationId, deliveryId });
  if (!delivery) throw new UnrecoverableError("handoff delivery not found");
  if (delivery.status !== "SENT" || !delivery.externalId) return { skipped: delivery.status };
  const connection = await getSlackConnection({ organizationId });
  if (!connection) return { skipped: "not connected" };
  const message = await renderParentMessage(organizationId, delivery);
  await callSlack(connection, (client) => client.chat.update({ channel: delivery.target, ts: delivery.externalId!, text: message.text, blocks: message.blocks }));
  return { state: message.state };
}
