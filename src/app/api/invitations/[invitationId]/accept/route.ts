import { acceptInvitation } from "@/features/tenants/accept-invitation";
import { switchWorkspace } from "@/features/tenants/switch-workspace";
import { withSession } from "@/server/auth-context";
import { pathParam } from "@/server/http";
import { PUBLIC_LIMITS } from "@/server/public-limits";
import { clientIp, consumeRateLimit } from "@/server/rate-limit";

export const POST = withSession(async (ctx) => {
  // Invitation ids are capabilities: a budget per address stops anyone trying ids in bulk.
  await consumeRateLimit(PUBLIC_LIMITS.invitationAccept, clientIp(ctx.req));
  const joined = await acceptInvitation({ userId: ctx.user.id, invitationId: pathParam(ctx, "invitationId") });
  await switchWorkspace({ userId: ctx.user.id, sessionId: ctx.sessionId, organizationId: joined.organizationId });
  return joined;
});
