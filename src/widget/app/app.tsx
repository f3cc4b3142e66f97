/** @jsxImportSource preact */
import { useEffect } from "preact/hooks";
import { themeVars } from "../shared/color";
import type { Chat } from "./chat";
import { Composer } from "./composer";
import { ChatContext, useChatValue } from "./context";
import { Header } from "./header";
import { isRtl } from "./i18n";
import { LeadForm } from "./lead-form";
import { MessageList } from "./message-list";

const FOCUSABLE = 'a[href],button:not([disabled]),textarea,input,select,[tabindex]:not([tabindex="-1"])';

/** Full screen on a phone is a modal: Tab cycles inside it. Escape closes the chat everywhere. */
function useKeyboard(chat: Chat, trapFocus: boolean) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === "Escape") {
        event.preventDefault();
        chat.close();
        return;
      }
      if (event.key !== "Tab" || !trapFocus) return;
      const items = Array.from(document.querySelectorAll<HTMLElement>(FOCUSABLE)).filter((el) => el.offsetParent !== null);
      const first = items[0];
      const last = items[items.length - 1];
      if (!first || !last) return;
      if (event.shiftKey && document.activeElement === first) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first.focus();
      }
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [chat, trapFocus]);
}

export function App({ chat }: { chat: Chat }) {
  const value = useChatValue(chat);
  const { state } = value;
  const color = state.session.inbox.theme.color;

  useEffect(() => {
    const root = document.documentElement;
    root.lang = state.locale;
    root.dir = isRtl(state.locale) ? "rtl" : "ltr";
    for (const [name, value] of Object.entries(themeVars(color))) root.style.setProperty(name, value);
    document.title = state.session.inbox.name;
  }, [state.locale, color, state.session.inbox.name]);

  useKeyboard(chat, state.fullscreen && state.open);

  return (
    <ChatContext.Provider value={value}>
      <div class={state.view === "lead" ? "app lead-view" : "app"} aria-labelledby="title">
        <Header />
        {state.view === "lead" ? (
          <LeadForm />
        ) : (
          <>
            <MessageList />
            <Composer />
          </>
        )}
        <p class="foot">Powered by Baton</p>
      </div>
    </ChatContext.Provider>
  );
}
