// The loader's controller: launcher state, the lazily created chat iframe, the session, and the
// bridge to the iframe. Nothing but the launcher and one session call happens until the visitor
// shows interest (hover, focus, touch: prefetch the iframe; click: open it).
import { isBridgeMessage, type FromFrame, type ToFrame } from "../shared/bridge";
import type { Identity, Session } from "../shared/protocol";
import { createEmitter, type CommandHandlers } from "./command-queue";
import { createLauncher } from "./launcher";
import { cachedTheme, refreshDelayMs, retryDelayMs, sendIdentity, startSession } from "./session";
import { playChime, unlockAudio } from "./sound";

export interface LoaderConfig {
  /** Baton's origin, from the script's src. */
  host: string;
  publicKey: string;
}

// The launcher's only translated string; the chat app carries the full catalogue.
const CLOSE_LABEL: Record<string, string> = {
  en: "Close chat", ar: "إغلاق المحادثة", ur: "چیٹ بند کریں", es: "Cerrar chat", fr: "Fermer le chat",
  de: "Chat schließen", pt: "Fechar chat", hi: "चैट बंद करें", tr: "Sohbeti kapat", id: "Tutup obrolan",
};

const ACTIVE = ["QUEUED", "ASSIGNED"];

export function createWidget({ host, publicKey }: LoaderConfig): CommandHandlers {
  const ui = createLauncher(document);
  const events = createEmitter();
  let session: Session | null = null;
  let frame: HTMLIFrameElement | null = null;
  let frameReady = false;
  let frameInitialised = false;
  let open = false;
  let wantOpen = false;
  let hidden = false;
  let unread = 0;
  let locale: string | null = null;
  let identity: Identity | null = null;
  let identitySent = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: Promise<void> | null = null;
  let savedOverflow: string | null = null;

  const theme = cachedTheme(publicKey);
  if (theme) {
    ui.setTheme(theme);
    ui.setVisible(true);
  }

  const fullscreen = () => matchMedia("(max-width: 640px)").matches;
  const page = () => location.href.slice(0, 2048);
  const closeLabel = () => CLOSE_LABEL[(locale ?? navigator.language).slice(0, 2).toLowerCase()] ?? "Close chat";
  const post = (message: ToFrame) => {
    if (frameReady) frame?.contentWindow?.postMessage(message, host);
  };

  function initFrame() {
    if (!frameReady || !session) return;
    if (frameInitialised) return post({ baton: 1, type: "session", session });
    frameInitialised = true;
    post({ baton: 1, type: "init", session, locale, page: page(), open, fullscreen: fullscreen(), identity });
  }

  function ensureFrame() {
    if (frame) return;
    frame = document.createElement("iframe");
    frame.title = ui.panel.getAttribute("aria-label") ?? "Chat";
    const hash = new URLSearchParams({ origin: location.origin, ...(locale ? { locale } : {}) });
    frame.src = `${host}/widget/frame.html#${hash}`;
    frame.setAttribute("allow", "clipboard-write");
    ui.panel.appendChild(frame);
    // The chime needs a user gesture on this page; the launcher click gives one, and so does any
    // click or key on the page once the visitor has engaged with the chat.
    for (const name of ["pointerdown", "keydown"]) document.addEventListener(name, unlockAudio, { once: true, passive: true });
  }

  function setSession(next: Session) {
    session = next;
    ui.setTheme(next.inbox.theme);
    ui.setVisible(!hidden);
    clearTimeout(timer);
    timer = setTimeout(() => void refresh(), refreshDelayMs(next.expiresAt));
    initFrame();
    if (identity && !identitySent) {
      identitySent = true;
      void sendIdentity(host, next.token, identity);
    }
    if (next.conversation && ACTIVE.includes(next.conversation.status)) ensureFrame(); // an agent may write while closed
    if (wantOpen) handlers.open();
  }

  async function connect(attempt: number): Promise<void> {
    try {
      setSession(await startSession(host, publicKey, locale));
    } catch (error) {
      const delay = retryDelayMs(error, attempt);
      if (delay === null) {
        console.warn(`[Baton] ${error instanceof Error ? error.message : String(error)}`);
        if (!session) ui.setVisible(false);
        return;
      }
      clearTimeout(timer);
      timer = setTimeout(() => void connect(attempt + 1), delay);
    }
  }

  const refresh = () => (pending ??= connect(0).finally(() => (pending = null)));

  function setOpen(value: boolean, focusLauncher = false) {
    if (open === value) return;
    open = value;
    if (open) unread = 0;
    const root = document.documentElement.style;
    if (open && fullscreen()) {
      savedOverflow = root.overflow; // a full-screen chat must not scroll the page behind it
      root.overflow = "hidden";
    } else if (!open && savedOverflow !== null) {
      root.overflow = savedOverflow;
      savedOverflow = null;
    }
    ui.setUnread(unread);
    ui.setOpen(open, closeLabel());
    post({ baton: 1, type: "visibility", open, fullscreen: fullscreen(), page: page() });
    if (open) frame?.focus();
    else if (focusLauncher) ui.button.focus();
    events.emit(open ? "open" : "close");
  }

  function onFrameMessage(event: MessageEvent) {
    if (!frame || event.source !== frame.contentWindow || event.origin !== host || !isBridgeMessage<FromFrame>(event.data)) return;
    const data = event.data;
    if (data.type === "ready") {
      frameReady = true;
      initFrame();
    } else if (data.type === "close") {
      setOpen(false, true);
    } else if (data.type === "refresh") {
      void refresh();
    } else if (data.type === "message") {
      if (data.message.role !== "visitor" && (!open || document.hidden)) {
        if (!open) ui.setUnread(++unread);
        playChime();
      }
      events.emit("message", data.message);
    } else if (data.type === "handoff") {
      events.emit("handoff", data.conversation);
    }
  }

  window.addEventListener("message", onFrameMessage);
  // A laptop waking from sleep may have missed the refresh timer.
  document.addEventListener("visibilitychange", () => {
    if (!document.hidden && session && Date.parse(session.expiresAt) - Date.now() < 120_000) void refresh();
  });
  for (const name of ["pointerenter", "focus", "touchstart"]) ui.button.addEventListener(name, ensureFrame, { passive: true });
  ui.button.addEventListener("click", () => {
    unlockAudio();
    handlers.toggle();
  });
  ui.button.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && open) setOpen(false, true);
  });

  const handlers: CommandHandlers = {
    open() {
      if (!session) {
        wantOpen = true;
        return;
      }
      wantOpen = false;
      ensureFrame();
      setOpen(true);
    },
    close: () => setOpen(false),
    toggle: () => (open ? handlers.close() : handlers.open()),
    hide() {
      hidden = true;
      setOpen(false);
      ui.setVisible(false);
    },
    show() {
      hidden = false;
      ui.setVisible(Boolean(session));
    },
    identify(next) {
      identity = next;
      identitySent = Boolean(session);
      if (session) void sendIdentity(host, session.token, next);
      post({ baton: 1, type: "identity", identity: next });
    },
    setLocale(next) {
      locale = next;
      ui.setOpen(open, closeLabel());
      post({ baton: 1, type: "locale", locale: next });
    },
    on: events.on,
    off: events.off,
  };

  void connect(0);
  return handlers;
}
