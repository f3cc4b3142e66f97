// Bot and agent messages are markdown. The widget's parser turns them into a tree of plain
// strings (never HTML) with only http(s)/mailto links; this renders that tree as React elements,
// so `<img onerror=...>` in a message is only ever text. No dangerouslySetInnerHTML.
import type { ReactNode } from "react";
import { parseMarkdown, type Block, type Inline } from "@/widget/app/markdown";

function inline(nodes: Inline[]): ReactNode[] {
  return nodes.map((node, i) => {
    switch (node.type) {
      case "text":
        return node.text;
      case "br":
        return <br key={i} />;
      case "code":
        return (
          <code key={i} className="rounded bg-black/5 px-1 py-px font-mono text-[0.85em]">
            {node.text}
          </code>
        );
      case "strong":
        return <strong key={i}>{inline(node.children)}</strong>;
      case "em":
        return <em key={i}>{inline(node.children)}</em>;
      case "link":
        return (
          <a key={i} href={node.href} target="_blank" rel="noopener noreferrer nofollow" className="underline underline-offset-2 hover:opacity-80">
            {inline(node.children)}
          </a>
        );
    }
  });
}

function block(node: Block, i: number): ReactNode {
  switch (node.type) {
    case "p":
      return <p key={i}>{inline(node.children)}</p>;
    case "heading":
      return (
        <p key={i}>
          <strong>{inline(node.children)}</strong>
        </p>
      );
    case "quote":
      return (
        <blockquote key={i} className="border-l-2 border-current/30 pl-2 opacity-90">
          {inline(node.children)}
        </blockquote>
      );
    case "pre":
      return (
        <pre key={i} className="overflow-x-auto rounded bg-black/5 p-2 font-mono text-xs">
          <code>{node.text}</code>
        </pre>
      );
    case "ul":
      return (
        <ul key={i} className="list-disc space-y-0.5 pl-5">
          {node.items.map((item, j) => (
            <li key={j}>{inline(item)}</li>
          ))}
        </ul>
      );
    case "ol":
      return (
        <ol key={i} start={node.start} className="list-decimal space-y-0.5 pl-5">
          {node.items.map((item, j) => (
            <li key={j}>{inline(item)}</li>
          ))}
        </ol>
      );
  }
}

export function MarkdownText({ text }: { text: string }) {
  // dir="auto": an Arabic answer reads right to left in an English inbox, and the reverse.
  return (
    <div dir="auto" className="space-y-2 break-words">
      {parseMarkdown(text).map(block)}
    </div>
  );
}
