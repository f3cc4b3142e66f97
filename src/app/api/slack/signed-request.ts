// Slack signs the exact bytes it sent, so its routes read the body as raw text (bounded) and hand
// it, with the signature headers, to the use-case that verifies it before parsing anything.
// Both routes are public: a per-address budget (public-limits.ts) is spent before any work.
import { AppError } from "@/server/errors";
import { readBodyWithin } from "@/server/http";
import { clientIp, consumeRateLimit, type RateLimit } from "@/server/rate-limit";

// Slack's event and interaction payloads are a few KB; a message with blocks stays far below this.
const MAX_BYTES = 256 * 1024;

/** Events come as JSON, interactions as a form (`payload=<json>`); anything else is not Slack. */
export async function signedRequest(req: Request, { limit, contentType }: { limit: RateLimit; contentType: "application/json" | "application/x-www-form-urlencoded" }) {
  await consumeRateLimit(limit, clientIp(req));
  if (!(req.headers.get("content-type") ?? "").toLowerCase().startsWith(contentType)) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", `Send the body as ${contentType}`);
  }
  if (Number(req.headers.get("content-length") ?? "0") > MAX_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", "Body too large");
  // Read in bounded chunks: a chunked body without content-length is cut off at the limit.
  const rawBody = (await readBodyWithin(req.body, MAX_BYTES)).toString("utf8");
  // Slack never sends broken JSON: a 400 here tells a misconfigured sender, and nothing is queued.
  if (!isWellFormed(rawBody, contentType)) throw new AppError("BAD_REQUEST", "Malformed JSON body");
  return {
    rawBody,
    signature: req.headers.get("x-slack-signature"),
    timestamp: req.headers.get("x-slack-request-timestamp"),
  };
}

function isWellFormed(rawBody: string, contentType: string): boolean {
  try {
    JSON.parse(contentType === "application/json" ? rawBody : (new URLSearchParams(rawBody).get("payload") ?? ""));
    return true;
  } catch {
    return false;
  }
}
