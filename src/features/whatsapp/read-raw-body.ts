// The webhook signature covers the exact bytes Meta sent, so the body is read raw (never parsed
// and re-serialised) and bounded: Meta's batches are a few KB, 1 MB is far beyond any of them.
import { AppError } from "@/server/errors";

export const MAX_WEBHOOK_BYTES = 1024 * 1024;

export async function readRawBody(body: ReadableStream<Uint8Array> | null, maxBytes = MAX_WEBHOOK_BYTES): Promise<Uint8Array> {
  if (!body) return new Uint8Array();
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new AppError("PAYLOAD_TOO_LARGE", `Body is larger than ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
