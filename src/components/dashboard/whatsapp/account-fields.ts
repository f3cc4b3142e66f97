// Form values <-> API bodies for a WhatsApp number, as pure functions (unit-tested).
import type { AccountFormValues, WhatsAppAccount } from "./types";

export const EMPTY_ACCOUNT: AccountFormValues = {
  phoneNumberId: "",
  businessAccountId: "",
  displayPhone: "",
  accessToken: "",
  appSecret: "",
  agentAlertTemplate: "",
  followUpTemplate: "",
  templateLanguage: "en",
  messagesPerSecond: "80",
};

export function toFormValues(account: WhatsAppAccount): AccountFormValues {
  return {
    phoneNumberId: account.phoneNumberId,
    businessAccountId: account.businessAccountId,
    displayPhone: account.displayPhone ?? "",
    accessToken: "",
    appSecret: "",
    agentAlertTemplate: account.agentAlertTemplate ?? "",
    followUpTemplate: account.followUpTemplate ?? "",
    templateLanguage: account.templateLanguage,
    messagesPerSecond: String(account.messagesPerSecond),
  };
}

/** The POST body (create) or PATCH body (edit: the ids are fixed and empty secrets are kept). */
export function toAccountBody(values: AccountFormValues, editing: boolean): Record<string, unknown> {
  const optional = (value: string) => value.trim() || null;
  const body: Record<string, unknown> = {
    businessAccountId: values.businessAccountId.trim(),
    displayPhone: optional(values.displayPhone),
    agentAlertTemplate: optional(values.agentAlertTemplate),
    followUpTemplate: optional(values.followUpTemplate),
    templateLanguage: values.templateLanguage.trim() || "en",
    messagesPerSecond: Number(values.messagesPerSecond) || 80,
  };
  if (!editing) body.phoneNumberId = values.phoneNumberId.trim();
  if (!editing || values.accessToken.trim()) body.accessToken = values.accessToken.trim();
  if (!editing || values.appSecret.trim()) body.appSecret = values.appSecret.trim();
  return body;
}
