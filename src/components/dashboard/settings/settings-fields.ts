// The settings form's values as the inputs hold them, and the PATCH body built from what changed.
import type { Workspace, WorkspaceSettings } from "@/components/api-types";

export interface SettingsValues {
  name: string;
  timezone: string;
  defaultLanguage: string;
  botName: string;
  confidenceThreshold: number;
  escalationTimeoutMins: string;
  missedChatTimeoutSecs: string;
  leadCaptureAfterHours: boolean;
}

// The schema's defaults (prisma/schema.prisma), for a workspace whose settings row is missing.
const DEFAULTS: WorkspaceSettings = {
  timezone: "UTC",
  defaultLanguage: "en",
  botName: "Baton Assistant",
  confidenceThreshold: 0.24,
  escalationTimeoutMins: 5,
  missedChatTimeoutSecs: 120,
  leadCaptureAfterHours: true,
};

export function toValues(workspace: Workspace): SettingsValues {
  const settings = workspace.settings ?? DEFAULTS;
  return {
    name: workspace.name,
    ...settings,
    escalationTimeoutMins: String(settings.escalationTimeoutMins),
    missedChatTimeoutSecs: String(settings.missedChatTimeoutSecs),
  };
}

/** Only the fields that differ from the saved workspace, typed as the API expects them. */
export function changedFields(saved: SettingsValues, values: SettingsValues): Record<string, string | number | boolean> {
  const body: Record<string, string | number | boolean> = {};
  if (values.name.trim() !== saved.name) body.name = values.name.trim();
  if (values.botName.trim() !== saved.botName) body.botName = values.botName.trim();
  if (values.timezone !== saved.timezone) body.timezone = values.timezone;
  if (values.defaultLanguage !== saved.defaultLanguage) body.defaultLanguage = values.defaultLanguage;
  if (values.confidenceThreshold !== saved.confidenceThreshold) body.confidenceThreshold = values.confidenceThreshold;
  if (values.escalationTimeoutMins !== saved.escalationTimeoutMins) body.escalationTimeoutMins = Number(values.escalationTimeoutMins);
  if (values.missedChatTimeoutSecs !== saved.missedChatTimeoutSecs) body.missedChatTimeoutSecs = Number(values.missedChatTimeoutSecs);
  if (values.leadCaptureAfterHours !== saved.leadCaptureAfterHours) body.leadCaptureAfterHours = values.leadCaptureAfterHours;
  return body;
}

export const LANGUAGES: Array<[code: string, name: string]> = [
  ["en", "English"],
  ["es", "Spanish"],
  ["pt", "Portuguese"],
  ["pt-BR", "Portuguese (Brazil)"],
  ["fr", "French"],
  ["de", "German"],
  ["it", "Italian"],
  ["nl", "Dutch"],
  ["pl", "Polish"],
  ["tr", "Turkish"],
  ["ar", "Arabic"],
  ["hi", "Hindi"],
  ["ja", "Japanese"],
  ["ko", "Korean"],
  ["zh", "Chinese"],
];

/** Every IANA zone the browser knows, plus the saved one (which may be an alias such as UTC). */
export function timeZones(current: string): string[] {
  const zones = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  return zones.includes(current) ? zones : [current, ...zones];
}
