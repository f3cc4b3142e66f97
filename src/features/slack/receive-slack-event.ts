import { enqueue } from "@/jobs/enqueue";
import { authenticateSlackRequest, type SignedRequest } from "./slack-request-auth";
import { ZSlackEnvelope } from "./slack.schemas";

/** Job ids may not contain ":"; Slack ids are letters and digits anyway. */
export const jobSafe = (value: string) => value.replace(/[^\w.-]/g, "_");

/**
 * POST /api/slack/events: checks the signature over the raw body, answers url_verification, and
 * queues everything else: Slack wants an answer within 3 seconds and retries otherwise.
 */
export async function receiveSlackEvent(request: SignedRequest): Promise<{ challenge?: string; ok: true }> {
  let body: unknown = null;
  try {
    body = JSON.parse(request.rawBody);
  } catch {
    // not JSON: the signature check below fails it unless a known secret signed it
  }
  const teamId = typeof (body as { team_id?: unknown } | null)?.team_id === "string" ? (body as { team_id: string }).team_id : null;
  const signedBy = await authenticateSlackRequest(request, teamId);
  return queueSlackEvent(body, signedBy);
}

/**
 * An Events API body, from the HTTP route (signature checked) or a Socket Mode envelope (the
 * installation's own socket): `signedBy` says which installations it may act on. The job id is
 * the event id, so a retried delivery while the first is queued adds nothing.
 */
export async function queueSlackEvent(body: unknown, signedBy: string[]): Promise<{ challenge?: string; ok: true }> {
  const envelope = ZSlackEnvelope.safeParse(body);
  if (!envelope.success) return { ok: true };
  if (envelope.data.type === "url_verification") return { ok: true, challenge: envelope.data.challenge };
  if (envelope.data.type !== "event_callback") return { ok: true };
  const { event_id: eventId, team_id, event } = envelope.data;
  const { type, subtype, user, bot_id, text, ts, thread_ts, channel } = event;
  await enqueue("slack.event", { eventId, teamId: team_id, signedBy, event: { type, subtype, user, bot_id, text, ts, thread_ts, channel } }, { jobId: `slack-event-${jobSafe(eventId)}` });
  return { ok: true };
}
