import { readRawBody } from "@/features/whatsapp/read-raw-body";
import { receiveWebhook } from "@/features/whatsapp/receive-webhook";
import { verifyWebhookHandshake } from "@/features/whatsapp/verify-handshake";
import { pathParam, withPublic } from "@/server/http";

// Meta's subscription handshake: the challenge echoed as plain text.
export const GET = withPublic(async (ctx) => {
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
export const POST = withPublic(async (ctx) =>
  receiveWebhook({ accountId: pathParam(ctx, "accountId"), rawBody: await readRawBody(ctx.req.body), signature: ctx.req.headers.get("x-hub-signature-256") }),
);
