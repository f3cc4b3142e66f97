/** @jsxImportSource preact */
import { useState } from "preact/hooks";
import { Sparkle } from "./icons";
import { safeHref } from "./markdown";

/** Up to two initials: "Ana Lima" -> "AL", "ana" -> "A". */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : words;
  return letters.map((word) => Array.from(word ?? "")[0] ?? "").join("").toUpperCase() || "?";
}

const PALETTE = ["#2563eb", "#7c3aed", "#db2777", "#ea580c", "#0891b2", "#16a34a", "#4f46e5", "#b45309"];

function colorFor(name: string): string {
  let hash = 0;
  for (const ch of name) hash = (hash * 31 + ch.charCodeAt(0)) | 0;
  return PALETTE[Math.abs(hash) % PALETTE.length]!;
}

export interface AvatarProps {
  name: string;
  url?: string | null;
  bot?: boolean;
  size?: number;
}

/** A photo when there is a usable one, else initials (people) or the assistant mark (bot). */
export function Avatar({ name, url, bot, size = 28 }: AvatarProps) {
  const [broken, setBroken] = useState(false);
  const src = url && !broken ? safeHref(url) : null;
  const style = { width: `${size}px`, height: `${size}px`, fontSize: `${Math.round(size * 0.4)}px` };
  if (src && /^https?:/.test(src)) {
    return <img class="av" src={src} alt="" style={style} referrerpolicy="no-referrer" onError={() => setBroken(true)} />;
  }
  return (
    <span class={bot ? "av av-bot" : "av"} style={bot ? style : { ...style, background: colorFor(name) }} aria-hidden="true">
      {bot ? <Sparkle /> : initials(name)}
    </span>
  );
}
