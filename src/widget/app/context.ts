import { createContext } from "preact";
import { useContext, useEffect, useMemo, useState } from "preact/hooks";
import type { Chat } from "./chat";
import type { ChatState } from "./chat-types";
import { translator, type Translate } from "./i18n";

export interface ChatContextValue {
  chat: Chat;
  state: ChatState;
  t: Translate;
}

export const ChatContext = createContext<ChatContextValue | null>(null);

/** Subscribes a component tree to the chat's state. */
export function useChatValue(chat: Chat): ChatContextValue {
  const [state, setState] = useState(chat.state);
  useEffect(() => chat.subscribe(() => setState(chat.state)), [chat]);
  const t = useMemo(() => translator(state.strings), [state.strings]);
  return { chat, state, t };
}

export function useChat(): ChatContextValue {
  const value = useContext(ChatContext);
  if (!value) throw new Error("useChat outside ChatContext");
  return value;
}
