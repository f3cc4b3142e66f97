import { linkify } from "./linkify";

/** Visitor text and notes, exactly as written (line breaks kept), with http(s) URLs as links. */
export function LinkifiedText({ text }: { text: string }) {
  return (
    <p dir="auto" className="break-words whitespace-pre-wrap">
      {linkify(text).map((part, i) =>
        part.type === "text" ? (
          part.text
        ) : (
          <a key={i} href={part.href} target="_blank" rel="noopener noreferrer nofollow" className="underline underline-offset-2 hover:opacity-80">
            {part.text}
          </a>
        ),
      )}
    </p>
  );
}
