// The widget form's values as the inputs hold them, checks that mirror the API's schema
// (features/inboxes/inboxes.schemas.ts) so mistakes show before saving, and the PATCH body.
import type { BotMode, Inbox, InboxUpdate, WidgetTheme } from "../api-types";

export interface WidgetValues {
  name: string;
  color: string;
  position: WidgetTheme["position"];
  launcherText: string;
  /** "" means no logo. */
  logoUrl: string;
  /** "" means the built-in greeting. */
  greeting: string;
  leadForm: boolean;
  /** One origin a line. */
  allowedOrigins: string;
  botMode: BotMode;
}

export type WidgetErrors = Partial<Record<keyof WidgetValues, string>>;

const HEX_COLOR = /^#[0-9a-f]{6}$/i;
const ORIGIN = /^https?:\/\/(\*\.)?[a-z0-9.-]+(:\d+)?$/i;

export function toValues(inbox: Inbox): WidgetValues {
  const { theme } = inbox;
  return {
    name: inbox.name,
    color: theme.color,
    position: theme.position,
    launcherText: theme.launcherText,
    logoUrl: theme.logoUrl ?? "",
    greeting: theme.greeting ?? "",
    leadForm: theme.leadForm,
    allowedOrigins: inbox.allowedOrigins.join("\n"),
    botMode: inbox.botMode,
  };
}

export const isHexColor = (value: string) => HEX_COLOR.test(value);

/** The origins typed, one a line, without blanks, duplicates or a trailing slash (which the API refuses). */
export function parseOrigins(text: string): string[] {
  const origins = text
    .split(/[\r\n,]+/)
    .map((line) => line.trim().replace(/\/$/, ""))
    .filter(Boolean);
  return [...new Set(origins)];
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
}

/** What the API would refuse, found before asking it. */
export function validate(values: WidgetValues): WidgetErrors {
  const errors: WidgetErrors = {};
  if (!values.name.trim()) errors.name = "Give the chat a title.";
  if (!isHexColor(values.color)) errors.color = "Use a colour such as #0f766e.";
  if (values.logoUrl.trim() && !isHttpUrl(values.logoUrl.trim())) errors.logoUrl = "Use a full address starting with https://";
  const badOrigins = parseOrigins(values.allowedOrigins).filter((origin) => !ORIGIN.test(origin));
  if (badOrigins.length > 0) {
    errors.allowedOrigins = `${badOrigins.map((origin) => `“${origin}”`).join(", ")} ${badOrigins.length === 1 ? "is not an origin" : "are not origins"}: use the scheme and host only, like https://shop.example.com (no path).`;
  }
  return errors;
}

const nullable = (value: string) => value.trim() || null;

/** Only what differs from the saved inbox, typed as PATCH /api/inboxes/:id expects it. */
export function changedFields(inbox: Inbox, values: WidgetValues): InboxUpdate {
  const body: InboxUpdate = {};
  const theme: Partial<WidgetTheme> = {};
  const saved = inbox.theme;
  if (values.name.trim() !== inbox.name) body.name = values.name.trim();
  if (values.color.toLowerCase() !== saved.color.toLowerCase()) theme.color = values.color.toLowerCase();
  if (values.position !== saved.position) theme.position = values.position;
  if (values.launcherText.trim() !== saved.launcherText) theme.launcherText = values.launcherText.trim();
  if (nullable(values.logoUrl) !== saved.logoUrl) theme.logoUrl = nullable(values.logoUrl);
  if (nullable(values.greeting) !== saved.greeting) theme.greeting = nullable(values.greeting);
  if (values.leadForm !== saved.leadForm) theme.leadForm = values.leadForm;
  if (Object.keys(theme).length > 0) body.theme = theme;
  const origins = parseOrigins(values.allowedOrigins);
  if (origins.join("\n") !== inbox.allowedOrigins.join("\n")) body.allowedOrigins = origins;
  if (values.botMode !== inbox.botMode) body.botMode = values.botMode;
  return body;
}

// The API names fields by their path in the body; the form by its own keys.
const FIELD_BY_PATH: Record<string, keyof WidgetValues> = {
  name: "name",
  botMode: "botMode",
  allowedOrigins: "allowedOrigins",
  "theme.color": "color",
  "theme.position": "position",
  "theme.launcherText": "launcherText",
  "theme.logoUrl": "logoUrl",
  "theme.greeting": "greeting",
  "theme.leadForm": "leadForm",
};

/** A 422's details ({ path, message }[]) as messages under the fields they are about. */
export function fieldErrors(details: unknown, body: InboxUpdate): WidgetErrors {
  const errors: WidgetErrors = {};
  if (!Array.isArray(details)) return errors;
  for (const issue of details as Array<{ path?: unknown; message?: unknown }>) {
    if (typeof issue.path !== "string" || typeof issue.message !== "string") continue;
    const [head, second] = issue.path.split(".");
    const field = FIELD_BY_PATH[head === "theme" ? `theme.${second}` : (head ?? "")];
    if (!field || errors[field]) continue;
    const origin = field === "allowedOrigins" && second !== undefined ? body.allowedOrigins?.[Number(second)] : undefined;
    errors[field] = origin ? `“${origin}” ${issue.message}` : issue.message;
  }
  return errors;
}
