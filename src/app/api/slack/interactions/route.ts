import { receiveSlackInteraction } from "@/features/slack/receive-slack-interaction";
import { withPublic } from "@/server/http";
import { PUBLIC_LIMITS } from "@/server/public-limits";
import { signedRequest } from "../signed-request";

// Slack's Interactivity Request URL (buttons). Signed by Slack (401 otherwise); the work runs in jobs.
export const POST = withPublic(async (ctx) =>
  receiveSlackInteraction(await signedRequest(ctx.req, { limit: PUBLIC_LIMITS.slackInteractions, contentType: "application/x-www-form-urlencoded" })),
);
