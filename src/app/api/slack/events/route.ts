import { receiveSlackEvent } from "@/features/slack/receive-slack-event";
import { withPublic } from "@/server/http";
import { PUBLIC_LIMITS } from "@/server/public-limits";
import { signedRequest } from "../signed-request";

// Slack's Events API Request URL. Signed by Slack (401 otherwise); answers at once, work runs in jobs.
export const POST = withPublic(async (ctx) =>
  receiveSlackEvent(await signedRequest(ctx.req, { limit: PUBLIC_LIMITS.slackEvents, contentType: "application/json" })),
);
