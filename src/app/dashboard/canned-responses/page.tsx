export { CannedResponsesPage as default } from "@/components/dashboard/canned-responses/canned-responses-page";

export const metadata = { title: "Canned responses" };
