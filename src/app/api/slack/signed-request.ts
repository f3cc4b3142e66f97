// Slack signs the exact bytes it sent, so its routes read the body as raw text (bounded) and hand
// it, with the signature headers, to the use-case that verifies it before parsing anything.
import { AppError } from "@/server/errors";

// Slack's event and interaction payloads are a few KB; a message with blocks stays far below this.
const MAX_BYTES = 256 * 1024;

export async function signedRequest(req: Request) {
  if (Number(req.headers.get("content-length") ?? "0") > MAX_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", "Body too large");
  const bytes = new Uint8Array(await req.arrayBuffer());
  if (bytes.byteLength > MAX_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", "Body too large");
  return {
    rawBody: new TextDecoder().decode(bytes),
    signature: req.headers.get("x-slack-signature"),
    timestamp: req.headers.get("x-slack-request-timestamp"),
  };
}
