import { getInvitationPreview } from "@/features/tenants/get-invitation-preview";
import { PUBLIC_LOOKUP_LIMIT } from "@/server/auth-limits";
import { pathParam, withPublic } from "@/server/http";
import { clientIp, consumeRateLimit } from "@/server/rate-limit";

/** Public: the invitation page shows the workspace and role before the person signs in. */
export const GET = withPublic(async (ctx) => {
  await consumeRateLimit(PUBLIC_LOOKUP_LIMIT, clientIp(ctx.req));
  return getInvitationPreview({ invitationId: pathParam(ctx, "invitationId") });
});
