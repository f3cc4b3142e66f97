export { WebhooksPage as default } from "@/components/dashboard/webhooks/webhooks-page";

export const metadata = { title: "Webhooks" };
