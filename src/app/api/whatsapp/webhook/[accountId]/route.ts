import { receiveWebhook } from "@/features/whatsapp/receive-webhook";
import { verifyWebhookHandshake } from "@/features/whatsapp/verify-handshake";
import { AppError } from "@/server/errors";
import { pathParam, readBodyWithin, withPublic } from "@/server/http";
import { PUBLIC_LIMITS } from "@/server/public-limits";
import { clientIp, consumeRateLimit } from "@/server/rate-limit";

// Meta's batches are a few KB; 1 MB is far beyond any of them.
const MAX_WEBHOOK_BYTES = 1024 * 1024;

// Meta's subscription handshake: the challenge echoed as plain text. Limited per address, so the
// verify token cannot be guessed by trying.
export const GET = withPublic(async (ctx) => {
  await consumeRateLimit(PUBLIC_LIMITS.whatsappHandshake, clientIp(ctx.req));
  const query = new URL(ctx.req.url).searchParams;
  const challenge = await verifyWebhookHandshake({
    accountId: pathParam(ctx, "accountId"),
    mode: query.get("hub.mode"),
    token: query.get("hub.verify_token"),
    challenge: query.get("hub.challenge"),
  });
  return new Response(challenge, { status: 200, headers: { "content-type": "text/plain" } });
});

// Signed over the raw bytes (X-Hub-Signature-256), so the body is read raw; processing is queued.
// Meta always sends JSON: any other type is refused before the signature is even computed.
export const POST = withPublic(async (ctx) => {
  await consumeRateLimit(PUBLIC_LIMITS.whatsappWebhook, clientIp(ctx.req));
  if (!(ctx.req.headers.get("content-type") ?? "").toLowerCase().startsWith("application/json")) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send the body as application/json");
  }
  return receiveWebhook({ accountId: pathParam(ctx, "accountId"), rawBody: await readBodyWithin(ctx.req.body, MAX_WEBHOOK_BYTES), signature: ctx.req.headers.get("x-hub-signature-256") });
});
