export { ApiKeysPage as default } from "@/components/dashboard/api-keys/api-keys-page";

export const metadata = { title: "API keys" };
