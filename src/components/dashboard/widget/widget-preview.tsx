"use client";
import { useState } from "react";
import { initials } from "@/components/format";
import { cx } from "@/components/ui/cx";
import { XIcon } from "@/components/ui/icons";
import { contrastText, mix, safeColor } from "@/widget/shared/color";
import { ChatIcon, ChevronDownIcon } from "./icons";
import type { WidgetValues } from "./widget-fields";

export interface WidgetPreviewProps {
  values: WidgetValues;
  botName: string;
}

/**
 * A drawing of the widget with the form's current values, in plain React and CSS: it follows the
 * real widget's look (src/widget) without loading it, so it updates on every keystroke.
 */
export function WidgetPreview({ values, botName }: WidgetPreviewProps) {
  const [open, setOpen] = useState(true);
  const color = safeColor(values.color);
  const onColor = contrastText(color);
  const left = values.position === "left";
  const title = values.name.trim() || "Chat";
  const greeting =
    values.greeting.trim() ||
    `Hi, I'm ${botName}, an AI assistant for ${title}. I can answer your questions right away, day or night. If you'd rather talk to a person, a human is one click away.`;
  const launcherText = values.launcherText.trim();

  return (
    <figure className="space-y-2">
      <div className="relative h-[32rem] overflow-hidden rounded-xl bg-zinc-100 ring-1 ring-zinc-200" data-testid="widget-preview" aria-hidden="true">
        {/* A stand-in for the customer's website. */}
        <div className="flex items-center gap-1.5 border-b border-zinc-200 bg-white px-3 py-2">
          <span className="size-2.5 rounded-full bg-zinc-200" />
          <span className="size-2.5 rounded-full bg-zinc-200" />
          <span className="size-2.5 rounded-full bg-zinc-200" />
          <span className="ml-2 h-4 flex-1 rounded bg-zinc-100" />
        </div>
        <div className="space-y-3 p-5">
          <div className="h-4 w-1/3 rounded bg-zinc-200" />
          <div className="h-24 rounded-lg bg-zinc-200/70" />
          <div className="h-3 w-5/6 rounded bg-zinc-200/70" />
          <div className="h-3 w-2/3 rounded bg-zinc-200/70" />
        </div>

        {open ? (
          <div className={cx("absolute bottom-20 flex h-[23rem] w-[17.5rem] flex-col overflow-hidden rounded-2xl bg-white shadow-xl ring-1 ring-zinc-900/5", left ? "left-4" : "right-4")}>
            <div className="px-4 pt-4 pb-3" style={{ background: `linear-gradient(135deg, ${color}, ${mix(color, "#000000", 0.8)})`, color: onColor }}>
              <div className="flex items-center gap-2.5">
                <Avatar name={botName} logoUrl={values.logoUrl} color={color} />
                <div className="min-w-0 flex-1">
                  <p className="truncate text-sm font-semibold">{title}</p>
                  <p className="truncate text-[11px] opacity-80">AI assistant · A human is one click away</p>
                </div>
                <ChevronDownIcon className="size-4 opacity-80" />
              </div>
              <span className="mt-3 inline-flex rounded-full px-2.5 py-1 text-[11px] font-medium" style={{ background: `color-mix(in srgb, ${onColor} 18%, transparent)` }}>
                Talk to a human
              </span>
            </div>
            <div className="flex-1 space-y-3 overflow-hidden bg-zinc-50 p-3">
              <div className="flex items-end gap-2">
                <Avatar name={botName} logoUrl={values.logoUrl} color={color} small />
                <p className="max-w-[85%] rounded-2xl rounded-bl-md bg-white px-3 py-2 text-xs leading-relaxed whitespace-pre-line text-zinc-800 shadow-sm ring-1 ring-zinc-900/5" data-testid="preview-greeting">
                  {greeting}
                </p>
              </div>
              <div className="flex justify-end">
                <p className="rounded-2xl rounded-br-md px-3 py-2 text-xs" style={{ background: color, color: onColor }}>
                  Do you ship to Canada?
                </p>
              </div>
              {values.leadForm ? (
                <div className="space-y-1.5 rounded-xl bg-white p-3 shadow-sm ring-1 ring-zinc-900/5">
                  <p className="text-xs font-semibold text-zinc-900">Leave us a message</p>
                  <p className="text-[11px] text-zinc-500">Shown when nobody on your team is online.</p>
                  <div className="h-6 rounded-md bg-zinc-100" />
                  <div className="h-6 rounded-md bg-zinc-100" />
                </div>
              ) : null}
            </div>
            <div className="flex items-center gap-2 border-t border-zinc-100 bg-white p-2.5">
              <span className="flex-1 truncate rounded-full bg-zinc-100 px-3 py-1.5 text-[11px] text-zinc-400">Write a message…</span>
              <span className="flex size-7 items-center justify-center rounded-full" style={{ background: color, color: onColor }}>
                <svg viewBox="0 0 24 24" className="size-3.5" fill="currentColor">
                  <path d="M3 20.5 21 12 3 3.5l2.5 8.5L3 20.5Zm2.5-8.5H13" />
                </svg>
              </span>
            </div>
          </div>
        ) : null}

        <span
          className={cx(
            "absolute bottom-4 flex h-12 items-center gap-2 rounded-full text-sm font-semibold shadow-lg",
            left ? "left-4" : "right-4",
            open || !launcherText ? "w-12 justify-center" : "pr-5 pl-4",
          )}
          style={{ background: color, color: onColor }}
          data-testid="preview-launcher"
        >
          {open ? <XIcon className="size-5" /> : <ChatIcon className="size-5" />}
          {open || !launcherText ? null : <span className="max-w-40 truncate">{launcherText}</span>}
        </span>
      </div>
      <figcaption className="flex items-center justify-between gap-3 text-xs text-zinc-500">
        <span>A preview: your website shows the real widget.</span>
        <button type="button" onClick={() => setOpen((value) => !value)} className="font-medium text-brand-600 hover:text-brand-700" aria-pressed={!open}>
          {open ? "Show closed" : "Show open"}
        </button>
      </figcaption>
    </figure>
  );
}

function Avatar({ name, logoUrl, color, small }: { name: string; logoUrl: string; color: string; small?: boolean }) {
  const [failed, setFailed] = useState<string | null>(null);
  const url = logoUrl.trim();
  const size = small ? "size-6 text-[10px]" : "size-9 text-xs";
  if (url && /^https?:\/\//i.test(url) && failed !== url) {
    // A plain <img>: the logo is any URL on the customer's side, not an asset Next could optimise.
    return <img src={url} alt="" onError={() => setFailed(url)} className={cx("shrink-0 rounded-full bg-white object-cover ring-2 ring-white/40", size)} />;
  }
  return (
    <span className={cx("flex shrink-0 items-center justify-center rounded-full font-semibold ring-2 ring-white/40", size)} style={{ background: mix(color, "#ffffff", 0.15), color: contrastText(mix(color, "#ffffff", 0.15)) }}>
      {initials(name)}
    </span>
  );
}
