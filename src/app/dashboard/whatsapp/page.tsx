export { WhatsAppPage as default } from "@/components/dashboard/whatsapp/whatsapp-page";

export const metadata = { title: "WhatsApp" };
