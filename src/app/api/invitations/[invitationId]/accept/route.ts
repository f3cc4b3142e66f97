import { acceptInvitation } from "@/features/tenants/accept-invitation";
import { switchWorkspace } from "@/features/tenants/switch-workspace";
import { withSession } from "@/server/auth-context";
import { pathParam } from "@/server/http";

export const POST = withSession(async (ctx) => {
  const joined = await acceptInvitation({ userId: ctx.user.id, invitationId: pathParam(ctx, "invitationId") });
  await switchWorkspace({ userId: ctx.user.id, sessionId: ctx.sessionId, organizationId: joined.organizationId });
  return joined;
});
