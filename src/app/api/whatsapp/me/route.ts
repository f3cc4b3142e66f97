import { getMyWhatsAppNumber, setMyWhatsAppNumber } from "@/features/whatsapp/agent-numbers";
import { ZMyNumberInput } from "@/features/whatsapp/whatsapp.schemas";
import { withTenant } from "@/server/auth-context";
import { readJson } from "@/server/http";

// Every role: each person sets their own number for alerts and the WhatsApp agent console.
export const GET = withTenant(async ({ actor }) => getMyWhatsAppNumber({ actor }));

export const PUT = withTenant(async ({ req, actor }) => setMyWhatsAppNumber({ actor, whatsappNumber: (await readJson(req, ZMyNumberInput)).whatsappNumber }));
