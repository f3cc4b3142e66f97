/** Service messages to an agent's phone (send-notice.ts). */
export const NOTICE_KINDS = ["claimed", "taken", "already_claimed", "claim_refused", "passed", "resolved", "no_conversation"] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];
