/** "Visitor is typing…" / "Omar is typing…", announced politely as it changes. */
export function TypingIndicator({ visitor, agents }: { visitor: boolean; agents: string[] }) {
  const who = [visitor ? "Visitor" : null, ...agents].filter((name): name is string => Boolean(name));
  const text = who.length === 0 ? "" : who.length === 1 ? `${who[0]} is typing…` : `${who.slice(0, -1).join(", ")} and ${who[who.length - 1]} are typing…`;
  return (
    <div aria-live="polite" className="flex h-6 items-center gap-2 px-5 text-xs text-zinc-500">
      {text ? (
        <>
          <span aria-hidden="true" className="flex gap-0.5">
            {[0, 150, 300].map((delay) => (
              <span key={delay} className="size-1.5 animate-bounce rounded-full bg-zinc-400" style={{ animationDelay: `${delay}ms` }} />
            ))}
          </span>
          <span data-testid="typing-indicator">{text}</span>
        </>
      ) : null}
    </div>
  );
}
