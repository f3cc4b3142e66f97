// The chat's state and everything that changes it: REST calls, the /widget socket, the bridge to
// the loader. Components only read `state` and call methods; they never talk to the network.
import type { ToFrame } from "../shared/bridge";
import type { Conversation, Message } from "../shared/protocol";
import { ApiError, createApi, uuid, withRetry, type Api } from "./api";
import type { ChatState, InitMessage, LeadInput, RatingInput } from "./chat-types";
import { postRating } from "./follow-up";
import { loadStrings, resolveLocale, type Locale } from "./i18n";
import type { Strings } from "./locales/en";
import type { ParentBridge } from "./parent-bridge";
import {
  addPending, applyDelta, createTimeline, lastSeq, mergeMessages, setPendingStatus, startConversation,
} from "./timeline";
import { connectWidgetSocket, isMessage, type WidgetSocket } from "./widget-socket";

export class Chat {
  state: ChatState;
  private listeners = new Set<() => void>();
  private api: Api;
  private socket: WidgetSocket | null = null;
  private page: string;
  private refreshWaiters: (() => void)[] = [];
  private historyLoaded = false;
  private syncing: Promise<void> | null = null;
  private syncAgain = false;
  private fullResync = false;
  private sending = new Set<string>();
  private handoffClientId: string | null = null;
  private typingSentAt = 0;
  private timers: Record<"typing" | "bot" | "agent", ReturnType<typeof setTimeout> | undefined> = {
    typing: undefined, bot: undefined, agent: undefined,
  };

  constructor(
    init: InitMessage,
    private bridge: ParentBridge,
    language: { locale: Locale; strings: Partial<Strings> },
  ) {
    this.page = init.page;
    this.state = {
      session: init.session,
      ...language,
      open: init.open,
      fullscreen: init.fullscreen,
      conversation: init.session.conversation,
      timeline: createTimeline(init.session.conversation?.id ?? null),
      botTyping: false,
      agentTyping: null,
      reconnecting: false,
      handoff: "idle",
      view: "chat",
      lead: "idle",
      leadEmail: null,
      identity: init.identity,
      humanIn: null,
      csat: null,
    };
    this.api = createApi({ token: () => this.state.session.token, refresh: () => this.refreshToken() });
  }

  subscribe(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private set(patch: Partial<ChatState>) {
    this.state = { ...this.state, ...patch };
    for (const fn of this.listeners) fn();
  }

  start() {
    void this.sync();
    this.socket = connectWidgetSocket({
      token: () => this.state.session.token, // read on every (re)connect: always the newest
      refreshToken: () => this.refreshToken(),
      onOnline: () => {
        if (this.state.reconnecting) this.set({ reconnecting: false });
        void this.sync();
        this.retryFailed();
      },
      onOffline: () => this.set({ reconnecting: true }),
      onMessage: (message) => this.receive([message], true),
      onDelta: (delta) => this.set({ timeline: applyDelta(this.state.timeline, delta), botTyping: false }),
      onTyping: (who, name) => this.setTyping(who, name),
      onConversation: (conversation) => this.updateConversation(conversation, true),
    });
    window.addEventListener("online", () => this.retryFailed());
  }

  onParentMessage(message: ToFrame) {
    if (message.type === "session") {
      this.set({ session: message.session });
      for (const resolve of this.refreshWaiters.splice(0)) resolve();
    } else if (message.type === "visibility") {
      this.page = message.page;
      this.set({ open: message.open, fullscreen: message.fullscreen });
    } else if (message.type === "identity") {
      this.set({ identity: message.identity });
    } else if (message.type === "locale") {
      const locale = resolveLocale([message.locale]);
      // Switch language and direction together, once the strings are here.
      void loadStrings(locale).then((strings) => this.set({ locale, strings }));
    }
  }

  /** Asks the loader for a new session; resolves when it arrives (or after 15 s, to fail visibly). */
  private refreshToken(): Promise<void> {
    return new Promise((resolve) => {
      this.refreshWaiters.push(resolve);
      if (this.refreshWaiters.length === 1) this.bridge.send({ type: "refresh" });
      setTimeout(resolve, 15_000);
    });
  }

  private setTyping(who: "bot" | "agent", name: string | null) {
    clearTimeout(this.timers[who]);
    // Typing events can be lost with a connection: never show "typing" forever.
    if (name !== null) this.timers[who] = setTimeout(() => this.setTyping(who, null), who === "bot" ? 30_000 : 12_000);
    this.set(who === "bot" ? { botTyping: name !== null } : { agentTyping: name });
  }

  /** Fetches what was missed since the last seq; overlapping calls collapse into one more pass. */
  sync(): Promise<void> {
    if (this.syncing) {
      this.syncAgain = true;
      return this.syncing;
    }
    this.syncing = (async () => {
      do {
        this.syncAgain = false;
        const before = this.state.timeline.conversationId;
        const full = this.fullResync;
        const after = full ? 0 : lastSeq(this.state.timeline);
        this.fullResync = false;
        try {
          const data = await withRetry(() =>
            this.api.get<{ conversation: Conversation | null; messages: Message[] }>(`/api/widget/messages?after=${after}`),
          );
          if (data.conversation && before && data.conversation.id !== before) {
            // A new conversation: `after` was a seq of the old one, so these messages are a
            // partial page of the new one. Drop them and read the new conversation from 0.
            this.set({ timeline: startConversation(this.state.timeline, data.conversation.id) });
            this.updateConversation(data.conversation, this.historyLoaded);
            this.fullResync = this.syncAgain = true;
            continue;
          }
          if (data.conversation) this.updateConversation(data.conversation, this.historyLoaded);
          this.receive((data.messages ?? []).filter(isMessage), this.historyLoaded);
          this.historyLoaded = true;
        } catch {
          // Offline or refused: the next socket connect or `online` event syncs again.
          this.fullResync ||= full;
        }
      } while (this.syncAgain);
    })().finally(() => (this.syncing = null));
    return this.syncing;
  }

  private receive(messages: Message[], live: boolean) {
    const { timeline, added } = mergeMessages(this.state.timeline, messages);
    if (timeline === this.state.timeline) return;
    const patch: Partial<ChatState> = { timeline };
    if (added.some((message) => message.role === "bot")) patch.botTyping = false;
    const agent = added.find((message) => message.role === "agent");
    if (agent) {
      patch.agentTyping = null;
      patch.humanIn = agent.conversationId ?? timeline.conversationId;
    }
    const switched = timeline.conversationId !== this.state.timeline.conversationId;
    if (timeline.conversationId && timeline.conversationId !== this.state.conversation?.id) {
      patch.conversation = { id: timeline.conversationId, status: "BOT" };
    }
    this.set(patch);
    if (switched) {
      // This message may not be the new conversation's first: read it whole, and its status.
      this.fullResync = true;
      void this.sync();
    }
    if (live) for (const message of added) this.bridge.send({ type: "message", message });
  }

  private updateConversation(update: Conversation, live: boolean) {
    const previous = this.state.conversation?.id === update.id ? this.state.conversation : null;
    const conversation: Conversation = { ...previous, ...update };
    const patch: Partial<ChatState> = { conversation };
    const assignee = conversation.assignee;
    if (conversation.status === "ASSIGNED" || assignee) patch.humanIn = conversation.id;
    this.set(patch);
    if (live && conversation.status === "QUEUED" && previous?.status !== "QUEUED") this.bridge.send({ type: "handoff", conversation });
  }

  send(text: string): boolean {
    const body = text.trim();
    if (!body) return false;
    const clientId = uuid();
    this.set({ timeline: addPending(this.state.timeline, { clientId, text: body, createdAt: new Date().toISOString() }) });
    this.stopTyping();
    void this.deliver(clientId);
    return true;
  }

  /** Sends (or resends) a pending message, always with the same clientId: the server stores it once. */
  async deliver(clientId: string) {
    const pending = this.state.timeline.pending.find((item) => item.clientId === clientId);
    if (!pending || this.sending.has(clientId)) return;
    this.sending.add(clientId);
    this.set({ timeline: setPendingStatus(this.state.timeline, clientId, "sending") });
    try {
      const { message } = await withRetry(() =>
        this.api.post<{ message: Message }>("/api/widget/messages", { clientId, text: pending.text, page: this.page }),
      );
      if (isMessage(message)) this.receive([message], true);
    } catch (error) {
      const retryable = !(error instanceof ApiError) || error.retryable;
      this.set({ timeline: setPendingStatus(this.state.timeline, clientId, "failed", retryable) });
    } finally {
      this.sending.delete(clientId);
    }
  }

  private retryFailed() {
    for (const item of this.state.timeline.pending) if (item.status === "failed" && item.retryable) void this.deliver(item.clientId);
  }

  /** The "Talk to a human" control. With nobody online, workspaces with the offline form collect a lead instead. */
  async requestHuman() {
    const { leadForm, agentsOnline } = this.state.session.inbox;
    if (leadForm && !agentsOnline) return this.set({ view: "lead" });
    if (this.state.handoff === "sending") return;
    this.handoffClientId ??= uuid(); // a retry of the same click must not queue twice
    const clientId = this.handoffClientId;
    this.set({ handoff: "sending" });
    try {
      const { conversation } = await withRetry(() => this.api.post<{ conversation: Conversation }>("/api/widget/handoff", { clientId }));
      this.handoffClientId = null;
      this.set({ handoff: "idle", timeline: startConversation(this.state.timeline, conversation.id) });
      this.updateConversation(conversation, true);
      void this.sync();
    } catch {
      this.set({ handoff: "error" });
    }
  }

  showChat() {
    this.set({ view: "chat", lead: this.state.lead === "sent" ? "sent" : "idle" });
  }

  async submitLead(input: LeadInput) {
    this.set({ lead: "sending" });
    try {
      const { message } = await withRetry(() => this.api.post<{ message: Message }>("/api/widget/lead", input));
      const conversation = this.state.conversation;
      this.set({
        lead: "sent",
        leadEmail: input.email,
        // An inline form (LEAD_CAPTURE) turns into "we'll email you at ..." at once.
        ...(conversation && conversation.id === message?.conversationId ? { conversation: { ...conversation, leadEmail: input.email } } : {}),
      });
      if (isMessage(message)) this.receive([message], true);
    } catch {
      this.set({ lead: "error" });
    }
  }

  /** The rating card of a resolved conversation. */
  async rate(input: RatingInput) {
    const conversationId = this.state.conversation?.id;
    if (!conversationId || this.state.csat?.status === "sending") return;
    this.set({ csat: { conversationId, status: "sending" } });
    this.set({ csat: { conversationId, status: await postRating(this.api, conversationId, input) } });
  }

  /** The visitor is typing: tell the agents at most every 2.5 s, and "stopped" after 3 s idle. */
  typing() {
    const now = Date.now();
    if (now - this.typingSentAt > 2500) {
      this.socket?.typing(true);
      this.typingSentAt = now;
    }
    clearTimeout(this.timers.typing);
    this.timers.typing = setTimeout(() => this.stopTyping(), 3000);
  }

  private stopTyping() {
    clearTimeout(this.timers.typing);
    if (!this.typingSentAt) return;
    this.typingSentAt = 0;
    this.socket?.typing(false);
  }

  close() {
    this.bridge.send({ type: "close" });
  }
}
