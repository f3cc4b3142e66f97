/** @jsxImportSource preact */
import { useEffect, useRef, useState } from "preact/hooks";
import { useChat } from "./context";
import { Send } from "./icons";

const MAX_LENGTH = 4000;

export function Composer() {
  const { chat, state, t } = useChat();
  const [text, setText] = useState("");
  const ref = useRef<HTMLTextAreaElement>(null);

  // Grow with the text up to a few lines, then scroll.
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.style.height = "auto";
    el.style.height = `${Math.min(el.scrollHeight, 132)}px`;
  }, [text]);

  useEffect(() => {
    if (state.open) ref.current?.focus({ preventScroll: true });
  }, [state.open]);

  const submit = () => {
    if (chat.send(text)) setText("");
    ref.current?.focus();
  };

  return (
    <form
      class="composer"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <label class="sr" for="message">
        {t("placeholder")}
      </label>
      <textarea
        id="message"
        ref={ref}
        rows={1}
        maxLength={MAX_LENGTH}
        placeholder={t("placeholder")}
        value={text}
        autocomplete="off"
        onInput={(event) => {
          setText(event.currentTarget.value);
          chat.typing();
        }}
        onKeyDown={(event) => {
          // Enter sends, Shift+Enter is a new line; never while an IME is composing a character.
          if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
            event.preventDefault();
            submit();
          }
        }}
      />
      <button type="submit" class="send" aria-label={t("send")} title={t("send")} disabled={!text.trim()}>
        <Send />
      </button>
    </form>
  );
}
