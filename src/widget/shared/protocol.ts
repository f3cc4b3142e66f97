// The wire types of src/widget/PROTOCOL.md, as the browser sees them. Declared here rather than
// imported from features/: the widget is browser code with its own build and must not pull in
// server modules.

export type ConversationStatus = "BOT" | "QUEUED" | "ASSIGNED" | "RESOLVED" | "LEAD_CAPTURE" | (string & {});

export interface Author {
  name: string;
  avatarUrl: string | null;
}

export interface Message {
  id: string;
  /** Sent by the server although PROTOCOL.md does not list it: seq restarts in a new conversation. */
  conversationId?: string;
  seq: number;
  clientId: string | null;
  role: "visitor" | "bot" | "agent" | "system";
  body: string;
  author: Author | null;
  createdAt: string;
  confidence?: number | null;
  offerHuman?: boolean;
  /** Set on the final message of a streamed bot answer: it replaces the streaming bubble. */
  streamId?: string;
}

export interface Conversation {
  id: string;
  status: ConversationStatus;
  lastSeq?: number;
  queuePosition?: number | null;
  waitEstimateSecs?: number | null;
  assignee?: Author | null;
  /** The visitor's rating once given (the resync sends it, so a reload does not ask again). */
  csatScore?: number | null;
  /** LEAD_CAPTURE only: where the team will reply, once the visitor left it in the lead form. */
  leadEmail?: string | null;
}

export interface Theme {
  color: string;
  position: "left" | "right";
  launcherText: string;
  logoUrl: string | null;
  greeting: string | null;
}

export interface InboxInfo {
  name: string;
  botName: string;
  agentsOnline: boolean;
  leadForm: boolean;
  theme: Theme;
}

export interface Session {
  visitorId: string;
  token: string;
  expiresAt: string;
  inbox: InboxInfo;
  conversation: Conversation | null;
}

export interface Identity {
  id: string;
  email?: string;
  name?: string;
  attributes?: Record<string, unknown>;
  userHash?: string;
}

export interface MessageDelta {
  streamId: string;
  text: string;
}

export interface TypingEvent {
  typing: boolean;
  name?: string;
}
