// The dashboard's WhatsApp settings: input schemas and the DTO (secrets never leave the server;
// the verify token is shown because it has to be pasted into Meta's webhook settings).
import { z } from "zod";

const templateName = z
  .string()
  .trim()
  .regex(/^[a-z0-9_]{1,512}$/, "Meta template names are lowercase letters, digits and underscores")
  .nullable();

export const ZCreateAccountInput = z.object({
  phoneNumberId: z.string().trim().regex(/^\d{5,30}$/, "The phone number ID from Meta (digits)"),
  businessAccountId: z.string().trim().regex(/^\d{5,30}$/, "The WhatsApp Business Account ID (digits)"),
  displayPhone: z.string().trim().max(40).nullable().optional(),
  accessToken: z.string().trim().min(20, "Paste the permanent access token").max(1000),
  appSecret: z.string().trim().min(16, "Paste the app secret (App settings > Basic)").max(200),
  /** Generated when not given. */
  verifyToken: z.string().trim().min(16).max(200).optional(),
  agentAlertTemplate: templateName.optional(),
  followUpTemplate: templateName.optional(),
  templateLanguage: z.string().trim().regex(/^[a-z]{2,3}(_[A-Z]{2})?$/, "like en or en_US").default("en"),
  messagesPerSecond: z.number().int().min(1).max(1000).default(80),
  /** An existing WhatsApp inbox to link; a new one is created otherwise. */
  inboxId: z.string().max(64).optional(),
});
export type TCreateAccountInput = z.output<typeof ZCreateAccountInput>;

export const ZUpdateAccountInput = ZCreateAccountInput.omit({ phoneNumberId: true, inboxId: true })
  .partial()
  .extend({ templateLanguage: z.string().trim().regex(/^[a-z]{2,3}(_[A-Z]{2})?$/).optional(), messagesPerSecond: z.number().int().min(1).max(1000).optional() })
  .refine((value) => Object.keys(value).length > 0, "Nothing to change");
export type TUpdateAccountInput = z.output<typeof ZUpdateAccountInput>;

/** Digits only (Meta's wa_id form); "+1 (555) 010-2030" is accepted and stored as 15550102030. */
export const ZMyNumberInput = z.object({
  whatsappNumber: z
    .string()
    .transform((value) => value.replace(/[\s()+.-]/g, ""))
    .pipe(z.string().regex(/^\d{7,15}$/, "A phone number in international format, like +44 7700 900123"))
    .nullable(),
});

export interface WhatsAppAccountDto {
  id: string;
  phoneNumberId: string;
  businessAccountId: string;
  displayPhone: string | null;
  inbox: { id: string; name: string } | null;
  agentAlertTemplate: string | null;
  followUpTemplate: string | null;
  templateLanguage: string;
  messagesPerSecond: number;
  status: "ACTIVE" | "NEEDS_ATTENTION";
  lastError: string | null;
  /** Paste into Meta > WhatsApp > Configuration > Callback URL. */
  webhookUrl: string;
  verifyToken: string;
  /** The token's last characters, so people can tell which one is stored. */
  accessTokenHint: string;
  createdAt: string;
}

export interface OnCallAgentDto {
  userId: string;
  name: string;
  whatsappNumber: string;
  status: "ONLINE" | "AWAY" | "OFFLINE";
  onCall: boolean;
}
