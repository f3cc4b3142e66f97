// The JSON shapes of the canned response endpoints (src/app/api/canned-responses/**; schemas in
// features/canned-responses).

export interface CannedResponse {
  id: string;
  /** Typed after "/" in the inbox reply box. */
  shortcut: string;
  title: string;
  body: string;
}

export interface CannedResponseList {
  cannedResponses: CannedResponse[];
}

export type CannedResponseInput = Omit<CannedResponse, "id">;
