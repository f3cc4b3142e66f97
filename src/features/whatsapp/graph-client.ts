// The WhatsApp Cloud API over plain fetch: POST {WHATSAPP_GRAPH_URL}/{version}/{phone_number_id}/messages
// with the number's access token. Errors are classified once here so callers only decide what
// to do: retry later (throttled, Meta down), fall back to a template (window closed), or give up.
import { env } from "@/server/env";

// A send that hangs would hold the recipient's lock; Meta answers in well under a second normally.
const TIMEOUT_MS = 10_000;

// Meta's throttling codes: 4 and 613 (app call rate), 80007 (business account rate), 130429
// (per-number throughput), 131056 (too many messages to one recipient, "pair rate limit").
const THROTTLE_CODES = new Set([4, 613, 80007, 130429, 131056]);
// Transient failures on Meta's side: 1/2 (unknown / service), 131000 (something went wrong),
// 131016 (service unavailable), 133004 (server temporarily unavailable).
const TRANSIENT_CODES = new Set([1, 2, 131000, 131016, 133004]);
export const WINDOW_CLOSED_CODE = 131047;
const AUTH_CODES = new Set([190, 10, 200]);

export type WhatsAppErrorKind = "throttled" | "transient" | "window_closed" | "auth" | "rejected";

export class WhatsAppApiError extends Error {
  constructor(
    readonly kind: WhatsAppErrorKind,
    readonly code: number | null,
    message: string,
    readonly httpStatus: number | null,
  ) {
    super(message);
    this.name = "WhatsAppApiError";
  }

  get retriable(): boolean {
    return this.kind === "throttled" || this.kind === "transient";
  }
}

export function classifyGraphError(httpStatus: number, code: number | null): WhatsAppErrorKind {
  if (code === WINDOW_CLOSED_CODE) return "window_closed";
  if (httpStatus === 429 || (code !== null && THROTTLE_CODES.has(code))) return "throttled";
  if (httpStatus === 401 || (code !== null && AUTH_CODES.has(code))) return "auth";
  if (httpStatus >= 500 || (code !== null && TRANSIENT_CODES.has(code))) return "transient";
  return "rejected";
}

export interface GraphCredentials {
  phoneNumberId: string;
  accessToken: string;
}

/** A Cloud API message body without the envelope fields (messaging_product, to). */
export type OutboundBody =
  | { type: "text"; text: { body: string; preview_url?: boolean } }
  | { type: "template"; template: { name: string; language: { code: string }; components?: unknown[] } }
  | { type: "interactive"; interactive: Record<string, unknown> };

/** Sends one message; returns Meta's message id (wamid). Throws WhatsAppApiError. */
export async function sendGraphMessage(credentials: GraphCredentials, to: string, body: OutboundBody): Promise<{ wamid: string }> {
  const url = `${env.WHATSAPP_GRAPH_URL.replace(/\/$/, "")}/${env.WHATSAPP_GRAPH_VERSION}/${encodeURIComponent(credentials.phoneNumberId)}/messages`;
  let response: Response;
  try {
    response = await fetch(url, {
      method: "POST",
      headers: { authorization: `Bearer ${credentials.accessToken}`, "content-type": "application/json" },
      body: JSON.stringify({ messaging_product: "whatsapp", recipient_type: "individual", to, ...body }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    throw new WhatsAppApiError("transient", null, `WhatsApp API unreachable: ${(error as Error).message}`, null);
  }
  const data = (await response.json().catch(() => null)) as { messages?: { id?: string }[]; error?: { code?: number; message?: string } } | null;
  const wamid = data?.messages?.[0]?.id;
  if (response.ok && wamid) return { wamid };
  const code = typeof data?.error?.code === "number" ? data.error.code : null;
  const message = data?.error?.message ?? `WhatsApp API answered ${response.status}`;
  throw new WhatsAppApiError(classifyGraphError(response.status, code), code, message, response.status);
}
