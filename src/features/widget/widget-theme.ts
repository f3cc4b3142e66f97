import { z } from "zod";

// Inbox.widgetSettings is edited in the dashboard; anything missing or malformed falls back to
// these defaults so an old or hand-edited row never breaks the widget.
export const ZWidgetTheme = z.object({
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/).catch("#0f766e"),
  position: z.enum(["left", "right"]).catch("right"),
  launcherText: z.string().max(40).catch("Chat with us"),
  logoUrl: z.url({ protocol: /^https?$/ }).nullable().catch(null),
  greeting: z.string().max(500).nullable().catch(null),
  leadForm: z.boolean().catch(false),
});
export type WidgetTheme = z.infer<typeof ZWidgetTheme>;

export function toWidgetTheme(settings: unknown): WidgetTheme {
  return ZWidgetTheme.parse(typeof settings === "object" && settings !== null ? settings : {});
}
