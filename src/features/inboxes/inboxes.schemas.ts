import { z } from "zod";
import { toWidgetTheme } from "@/features/widget/widget-theme";
import { env } from "@/server/env";

const ZOrigin = z
  .string()
  .trim()
  .regex(/^https?:\/\/(\*\.)?[a-z0-9.-]+(:\d+)?$/i, "must be an origin such as https://shop.example (no path)");

export const ZCreateInboxInput = z.object({ name: z.string().trim().min(1).max(100) });

export const ZUpdateInboxInput = z
  .object({
    name: z.string().trim().min(1).max(100),
    allowedOrigins: z.array(ZOrigin).max(50),
    botMode: z.enum(["BOT_ONLY", "BOT_WITH_AGENTS", "BOT_WHEN_OFFLINE", "AGENTS_ONLY"]),
    theme: z
      .object({
        color: z.string().regex(/^#[0-9a-fA-F]{6}$/, "must be a colour such as #0f766e"),
        position: z.enum(["left", "right"]),
        launcherText: z.string().trim().max(40),
        logoUrl: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).nullable(),
        greeting: z.string().trim().max(500).nullable(),
        leadForm: z.boolean(),
      })
      .partial(),
    // Where escalations go when no routing rule matches, and when a person can be reached; null
    // clears them (no default team; always open). Ids must belong to the same workspace.
    defaultTeamId: z.string().min(1).max(100).nullable(),
    businessHoursId: z.string().min(1).max(100).nullable(),
  })
  .partial()
  .strict();
export type TUpdateInboxInput = z.infer<typeof ZUpdateInboxInput>;

export function toInboxDto(row: {
  id: string;
  name: string;
  channel: string;
  publicKey: string;
  allowedOrigins: string[];
  botMode: string;
  widgetSettings: unknown;
  identitySecret: string | null;
  defaultTeamId: string | null;
  businessHoursId: string | null;
}) {
  return {
    id: row.id,
    name: row.name,
    channel: row.channel,
    publicKey: row.publicKey,
    allowedOrigins: row.allowedOrigins,
    botMode: row.botMode,
    theme: toWidgetTheme(row.widgetSettings),
    identityVerification: row.identitySecret !== null,
    defaultTeamId: row.defaultTeamId,
    businessHoursId: row.businessHoursId,
    // The first line queues Baton(...) calls (identify, on) made before the script has loaded.
    embedSnippet: [
      "<script>window.Baton=window.Baton||function(){(Baton.q=Baton.q||[]).push(arguments)};</script>",
      `<script src="${new URL("/widget.js", env.PUBLIC_URL)}" data-key="${row.publicKey}" async></script>`,
    ].join("\n"),
  };
}
