// What the dashboard's Slack page gets (GET /api/slack). Never a token or a signing secret.
export interface SlackSettingsDto {
  installation: {
    id: string;
    mode: "OAUTH" | "MANUAL";
    slackTeamId: string;
    slackTeamName: string | null;
    botUserId: string | null;
    status: "ACTIVE" | "NEEDS_ATTENTION";
    lastError: string | null;
    defaultChannelId: string | null;
    defaultAlertsOnly: boolean;
    confirmTakeover: boolean;
    connectedAt: string;
    /** Events and buttons arrive over Socket Mode (an app-level token is stored): no Request URLs needed. */
    socketMode: boolean;
    /** A worker holds the Socket Mode connection open right now (false without Socket Mode). */
    socketConnected: boolean;
  } | null;
  channels: { id: string; channelId: string; teamId: string | null; alertsOnly: boolean }[];
  teams: { id: string; name: string }[];
  /** Paste these into the Slack app's settings (manual mode, or your own OAuth app). */
  requestUrls: { events: string; interactions: string; oauthRedirect: string };
  /** "Add to Slack" is offered when the server has an OAuth app configured. */
  oauthAvailable: boolean;
}
