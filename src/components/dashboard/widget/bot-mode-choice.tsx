"use client";
import { cx } from "@/components/ui/cx";
import { BOT_MODES, type BotMode } from "../api-types";

export const BOT_MODE_TEXT: Record<BotMode, { label: string; description: string }> = {
  BOT_WITH_AGENTS: { label: "Bot first, then your team", description: "The bot answers straight away and hands over to an agent when it is unsure or the visitor asks for a person." },
  BOT_WHEN_OFFLINE: { label: "Your team first, bot when offline", description: "Agents answer during business hours; the bot covers nights, weekends and chats nobody picks up in time." },
  BOT_ONLY: { label: "Bot only", description: "The bot answers every conversation and nobody on your team is asked to join." },
  AGENTS_ONLY: { label: "Your team only", description: "The bot stays silent: every conversation goes straight to an agent." },
};

export function BotModeChoice({ value, onChange }: { value: BotMode; onChange: (mode: BotMode) => void }) {
  return (
    <fieldset>
      <legend className="sr-only">Who answers</legend>
      <div className="grid gap-3 sm:grid-cols-2">
        {BOT_MODES.map((mode) => (
          <label
            key={mode}
            className={cx(
              "flex cursor-pointer gap-3 rounded-lg p-3.5 ring-1 ring-inset has-focus-visible:ring-2 has-focus-visible:ring-brand-500",
              value === mode ? "bg-brand-50/60 ring-brand-500" : "ring-zinc-300 hover:bg-zinc-50",
            )}
          >
            <input type="radio" name="botMode" value={mode} checked={value === mode} onChange={() => onChange(mode)} className="mt-0.5 accent-brand-600 focus-visible:outline-none" />
            <span>
              <span className="block text-sm font-medium text-zinc-900">{BOT_MODE_TEXT[mode].label}</span>
              <span className="block text-sm text-zinc-500">{BOT_MODE_TEXT[mode].description}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
