// When the agent types a reply, the visitor sees "Omar is typing…". The signal is throttled (one
// `true` every few seconds keeps the visitor's indicator alive without an event per keystroke) and
// ends with `false` after a pause, on send, or when the agent leaves the conversation.
export interface TypingSignalOptions {
  emit: (typing: boolean) => void;
  /** Re-send `true` at most this often while typing continues. */
  throttleMs?: number;
  /** Send `false` after this long without a keystroke. */
  idleMs?: number;
  now?: () => number;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

export interface TypingSignal {
  /** Call on every keystroke that changes the text. */
  input(): void;
  /** Call on send, on blur of the conversation, and on unmount. */
  stop(): void;
}

export function createTypingSignal({
  emit,
  throttleMs = 2000,
  idleMs = 3000,
  now = Date.now,
  setTimer = (run, ms) => setTimeout(run, ms),
  clearTimer = (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
}: TypingSignalOptions): TypingSignal {
  let typing = false;
  let lastSent = 0;
  let timer: unknown;

  const stop = () => {
    if (timer !== undefined) clearTimer(timer);
    timer = undefined;
    if (!typing) return;
    typing = false;
    emit(false);
  };

  return {
    input() {
      const at = now();
      if (!typing || at - lastSent >= throttleMs) {
        typing = true;
        lastSent = at;
        emit(true);
      }
      if (timer !== undefined) clearTimer(timer);
      timer = setTimer(stop, idleMs);
    },
    stop,
  };
}
