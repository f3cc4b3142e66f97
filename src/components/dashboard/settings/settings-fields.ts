// The settings form's values as the inputs hold them, and the PATCH body built from what changed.
import type { Workspace, WorkspaceSettings } from "@/components/api-types";
import type { ReasonCode } from "../api-types";

/** The escalation ladder and draft approval settings GET /api/workspace also returns. */
export interface HandoffSettings {
  escalationWidenAfterSecs: number;
  draftApprovalReasons: ReasonCode[];
  draftApprovalTags: string[];
  /** Hold answers below this confidence (0..1); null: never on confidence alone. */
  draftApprovalBelow: number | null;
}

export interface SettingsValues {
  name: string;
  timezone: string;
  defaultLanguage: string;
  botName: string;
  confidenceThreshold: number;
  escalationWidenAfterSecs: string;
  escalationTimeoutMins: string;
  missedChatTimeoutSecs: string;
  leadCaptureAfterHours: boolean;
  draftApprovalReasons: ReasonCode[];
  /** Comma-separated knowledge tags. */
  draftApprovalTags: string;
  draftApprovalBelow: number | null;
}

// The schema's defaults (prisma/schema.prisma), for a workspace whose settings row is missing.
const DEFAULTS: WorkspaceSettings & HandoffSettings = {
  timezone: "UTC",
  defaultLanguage: "en",
  botName: "Baton Assistant",
  confidenceThreshold: 0.17,
  escalationWidenAfterSecs: 60,
  escalationTimeoutMins: 5,
  missedChatTimeoutSecs: 180,
  leadCaptureAfterHours: true,
  draftApprovalReasons: [],
  draftApprovalTags: [],
  draftApprovalBelow: null,
};

export function toValues(workspace: Workspace): SettingsValues {
  const settings = { ...DEFAULTS, ...(workspace.settings as (WorkspaceSettings & Partial<HandoffSettings>) | null) };
  return {
    name: workspace.name,
    ...settings,
    escalationWidenAfterSecs: String(settings.escalationWidenAfterSecs),
    escalationTimeoutMins: String(settings.escalationTimeoutMins),
    missedChatTimeoutSecs: String(settings.missedChatTimeoutSecs),
    draftApprovalTags: settings.draftApprovalTags.join(", "),
  };
}

const tagList = (text: string) => [
  ...new Set(
    text
      .split(",")
      .map((tag) => tag.trim())
      .filter(Boolean),
  ),
];
const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((item) => b.includes(item));

type Body = Record<string, string | number | boolean | null | string[]>;

/** Only the fields that differ from the saved workspace, typed as the API expects them. */
export function changedFields(saved: SettingsValues, values: SettingsValues): Body {
  const body: Body = {};
  if (values.name.trim() !== saved.name) body.name = values.name.trim();
  if (values.botName.trim() !== saved.botName) body.botName = values.botName.trim();
  if (values.timezone !== saved.timezone) body.timezone = values.timezone;
  if (values.defaultLanguage !== saved.defaultLanguage) body.defaultLanguage = values.defaultLanguage;
  if (values.confidenceThreshold !== saved.confidenceThreshold) body.confidenceThreshold = values.confidenceThreshold;
  if (values.escalationWidenAfterSecs !== saved.escalationWidenAfterSecs) body.escalationWidenAfterSecs = Number(values.escalationWidenAfterSecs);
  if (values.escalationTimeoutMins !== saved.escalationTimeoutMins) body.escalationTimeoutMins = Number(values.escalationTimeoutMins);
  if (values.missedChatTimeoutSecs !== saved.missedChatTimeoutSecs) body.missedChatTimeoutSecs = Number(values.missedChatTimeoutSecs);
  if (values.leadCaptureAfterHours !== saved.leadCaptureAfterHours) body.leadCaptureAfterHours = values.leadCaptureAfterHours;
  if (!sameSet(values.draftApprovalReasons, saved.draftApprovalReasons)) body.draftApprovalReasons = values.draftApprovalReasons;
  if (!sameSet(tagList(values.draftApprovalTags), tagList(saved.draftApprovalTags))) body.draftApprovalTags = tagList(values.draftApprovalTags);
  if (values.draftApprovalBelow !== saved.draftApprovalBelow) body.draftApprovalBelow = values.draftApprovalBelow;
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
