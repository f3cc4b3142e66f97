import { queueSlackEvent } from "../receive-slack-event";
import { queueSlackInteraction } from "../receive-slack-interaction";

export interface SocketModeEnvelope {
  /** "events_api", "interactive", "slash_commands", ... */
  type: string;
  /** The same body the HTTP routes receive: an event_callback, or a block_actions payload. */
  body: unknown;
  ack: () => Promise<void>;
}

/**
 * One envelope received on an installation's own Socket Mode connection. The socket was opened
 * with that installation's app-level token, so the envelope may act on that installation only
 * (as a request signed with its signing secret may); it is queued exactly as the HTTP routes queue
 * theirs (same jobs, job ids and dedupe), then acknowledged. Not acknowledged when queueing
 * failed: Slack delivers it again.
 */
export async function receiveSocketModeEnvelope(installationId: string, envelope: SocketModeEnvelope): Promise<void> {
  const signedBy = [installationId];
  if (envelope.type === "events_api") await queueSlackEvent(envelope.body, signedBy);
  else if (envelope.type === "interactive") await queueSlackInteraction(envelope.body, signedBy);
  // Anything else (slash commands, options requests) Baton does not use: acknowledged, as the routes do.
  await envelope.ack();
}
