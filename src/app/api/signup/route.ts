import { signUp } from "@/features/tenants/sign-up";
import { ZSignUpInput } from "@/features/tenants/tenants.schemas";
import { readJson, withPublic } from "@/server/http";
import { clientIp, consumeRateLimit } from "@/server/rate-limit";
import { SIGN_UP_LIMIT } from "@/server/auth-limits";

export const POST = withPublic(async ({ req }) => {
  await consumeRateLimit(SIGN_UP_LIMIT, clientIp(req));
  const input = await readJson(req, ZSignUpInput);
  const result = await signUp({ input, headers: req.headers });
  return Response.json({ user: result.user, organizationId: result.organizationId }, { status: 201, headers: result.headers });
});
