// Domain errors carry a stable code; the HTTP wrapper maps the code to a status once.
export const ERROR_STATUS = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  // Specific conflicts that clients act on (show who claimed, offer to reopen...).
  ALREADY_CLAIMED: 409,
  CONVERSATION_RESOLVED: 409,
  DRAFT_DECIDED: 409,
  ALREADY_RATED: 409,
  NOT_RESOLVED: 409,
  // A WhatsApp reply outside the 24-hour window that would not be delivered (send the template).
  WHATSAPP_WINDOW_CLOSED: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  VALIDATION_FAILED: 422,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "AppError";
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export const notFound = (what: string) => new AppError("NOT_FOUND", `${what} not found`);
export const forbidden = (message = "You do not have permission to do this") =>
  new AppError("FORBIDDEN", message);
