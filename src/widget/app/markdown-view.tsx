/** @jsxImportSource preact */
// Renders the markdown syntax tree as VNodes. Every string becomes a text node: there is no
// dangerouslySetInnerHTML anywhere in the widget.
import type { ComponentChildren } from "preact";
import { parseMarkdown, type Block, type Inline } from "./markdown";

function inline(nodes: Inline[]): ComponentChildren {
  return nodes.map((node, i) => {
    switch (node.type) {
      case "text":
        return node.text;
      case "br":
        return <br key={i} />;
      case "code":
        return <code key={i}>{node.text}</code>;
      case "strong":
        return <strong key={i}>{inline(node.children)}</strong>;
      case "em":
        return <em key={i}>{inline(node.children)}</em>;
      case "link":
        return (
          <a key={i} href={node.href} target="_blank" rel="noopener noreferrer">
            {inline(node.children)}
          </a>
        );
    }
  });
}

function block(node: Block, i: number) {
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
      return <blockquote key={i}>{inline(node.children)}</blockquote>;
    case "pre":
      return (
        <pre key={i}>
          <code>{node.text}</code>
        </pre>
      );
    case "ul":
      return <ul key={i}>{node.items.map((item, j) => <li key={j}>{inline(item)}</li>)}</ul>;
    case "ol":
      return (
        <ol key={i} start={node.start}>
          {node.items.map((item, j) => (
            <li key={j}>{inline(item)}</li>
          ))}
        </ol>
      );
  }
}

export function Markdown({ text }: { text: string }) {
  // dir="auto": an English answer reads left to right inside an Arabic widget, and the reverse.
  return (
    <div class="md" dir="auto">
      {parseMarkdown(text).map(block)}
    </div>
  );
}
