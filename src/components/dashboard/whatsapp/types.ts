// The JSON shapes of /api/whatsapp/** (schemas and DTOs in features/whatsapp/whatsapp.schemas.ts).
export type { OnCallAgentDto as OnCallAgent, WhatsAppAccountDto as WhatsAppAccount } from "@/features/whatsapp/whatsapp.schemas";

/** What the connect / edit form sends; secrets only when typed (empty keeps the stored one on edit). */
export interface AccountFormValues {
  phoneNumberId: string;
  businessAccountId: string;
  displayPhone: string;
  accessToken: string;
  appSecret: string;
  agentAlertTemplate: string;
  followUpTemplate: string;
  templateLanguage: string;
  messagesPerSecond: string;
}
