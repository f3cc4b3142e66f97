import type { RateLimit } from "./rate-limit";

// Budgets for the public endpoints that are not the widget's (widget-context.ts) or sign-in's
// (auth-limits.ts), per client address. Each is far above what the legitimate sender produces, so
// only a flood or a guessing script meets it:
// - Slack sends at most 30,000 events per workspace per hour (about 8/s, its Events API limit);
//   interactions are people clicking buttons.
// - Meta batches WhatsApp webhooks; a number's 80 messages/s of statuses stays well under 50/s per
//   sending address. The GET handshake happens once when someone saves the webhook in Meta's dashboard.
// - The OAuth callback and an invitation's accept are clicked by one person, once.
export const PUBLIC_LIMITS = {
  slackEvents: { name: "slack-events", points: 1200, durationSecs: 60 },
  slackInteractions: { name: "slack-interactions", points: 600, durationSecs: 60 },
  whatsappWebhook: { name: "whatsapp-webhook", points: 3000, durationSecs: 60 },
  whatsappHandshake: { name: "whatsapp-handshake", points: 30, durationSecs: 60 },
  slackOAuthCallback: { name: "slack-oauth-callback", points: 20, durationSecs: 10 * 60 },
  invitationAccept: { name: "invitation-accept", points: 20, durationSecs: 60 * 60 },
} satisfies Record<string, RateLimit>;
