// Inputs at Slack's edges: the dashboard's requests, Slack's event and interaction payloads (only
// the fields Baton uses; Slack adds fields freely), and the slack jobs' payloads.
import { z } from "zod";

const channelId = z.string().trim().regex(/^[CGD][A-Z0-9]{2,30}$/, "a Slack channel id, like C0123ABCD (channel details > About)");

export const ZManualConnectInput = z.object({
  botToken: z.string().trim().regex(/^xoxb-[\w-]{10,}$/, "a bot token starts with xoxb-"),
  signingSecret: z.string().trim().regex(/^[0-9a-f]{16,64}$/i, "the app's signing secret (Basic Information > App Credentials)"),
  // Optional: with it the worker receives Slack's events over Socket Mode (no public URL needed).
  // An empty field from the form means "not using Socket Mode".
  appToken: z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    z.string().trim().regex(/^xapp-[\w-]{10,}$/, "an app-level token starts with xapp- (Basic Information > App-Level Tokens, scope connections:write)").optional(),
  ),
  defaultChannelId: channelId.optional(),
});
export type TManualConnectInput = z.infer<typeof ZManualConnectInput>;

export const ZUpdateSlackSettingsInput = z.object({
  defaultChannelId: channelId.nullable().optional(),
  defaultAlertsOnly: z.boolean().optional(),
  confirmTakeover: z.boolean().optional(),
});
export type TUpdateSlackSettingsInput = z.infer<typeof ZUpdateSlackSettingsInput>;

export const ZSlackChannelInput = z.object({ channelId, teamId: z.string().min(1).nullable(), alertsOnly: z.boolean().default(false) });
export type TSlackChannelInput = z.infer<typeof ZSlackChannelInput>;
export const ZSlackChannelPatch = z.object({ alertsOnly: z.boolean().optional(), teamId: z.string().min(1).nullable().optional() });

export const ZOAuthCallbackQuery = z.object({ code: z.string().min(1).max(500).optional(), state: z.string().min(1).max(200), error: z.string().max(200).optional() });

// ---------------------------------------------------------------- Slack's payloads

const ZInnerEvent = z.looseObject({
  type: z.string(),
  subtype: z.string().optional(),
  user: z.string().optional(),
  bot_id: z.string().optional(),
  text: z.string().optional(),
  ts: z.string().optional(),
  thread_ts: z.string().optional(),
  channel: z.string().optional(),
});

export const ZSlackEnvelope = z.discriminatedUnion("type", [
  z.object({ type: z.literal("url_verification"), challenge: z.string().max(500) }),
  z.looseObject({ type: z.literal("event_callback"), team_id: z.string(), event_id: z.string(), event: ZInnerEvent }),
  z.looseObject({ type: z.literal("app_rate_limited"), team_id: z.string().optional() }),
]);

export const ZBlockActions = z.looseObject({
  type: z.literal("block_actions"),
  team: z.object({ id: z.string() }),
  user: z.looseObject({ id: z.string(), name: z.string().optional(), username: z.string().optional() }),
  container: z.looseObject({ channel_id: z.string().optional(), message_ts: z.string().optional(), thread_ts: z.string().optional() }).optional(),
  channel: z.looseObject({ id: z.string() }).optional(),
  message: z.looseObject({ ts: z.string(), thread_ts: z.string().optional() }).optional(),
  actions: z.array(z.looseObject({ action_id: z.string(), value: z.string().max(200).optional(), action_ts: z.string().optional() })).min(1),
});

// ---------------------------------------------------------------- job payloads

const tenant = { organizationId: z.string().min(1) };

/**
 * The job payload of an inbound Slack message. It carries the text: Slack sends an event once (plus
 * retries we dedupe), and fetching it again would spend the rate limit that visitors' posts need.
 * Which installations signed it is decided by the route, after the signature check.
 */
export const ZSlackEventJob = z.object({
  eventId: z.string().min(1),
  teamId: z.string().min(1),
  /** Installation ids whose signing secret matched, or ["app"] for the OAuth app's secret. */
  signedBy: z.array(z.string()).min(1),
  event: ZInnerEvent,
});
export type TSlackEventJob = z.infer<typeof ZSlackEventJob>;

export const ZSlackInteractionJob = z.object({
  teamId: z.string().min(1),
  signedBy: z.array(z.string()).min(1),
  userId: z.string().min(1),
  userName: z.string().optional(),
  actionId: z.string().min(1),
  value: z.string().max(200).optional(),
  channelId: z.string().min(1),
  messageTs: z.string().min(1),
  threadTs: z.string().min(1),
});
export type TSlackInteractionJob = z.infer<typeof ZSlackInteractionJob>;

export const ZPostHandoffJob = z.object({ ...tenant, deliveryId: z.string().min(1) });
export const ZFlushThreadJob = z.object({ ...tenant, threadId: z.string().min(1) });
export const ZUpdateParentJob = z.object({ ...tenant, deliveryId: z.string().min(1) });
export const ZPostDraftJob = z.object({ ...tenant, draftId: z.string().min(1) });
