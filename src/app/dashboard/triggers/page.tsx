export { TriggersPage as default } from "@/components/dashboard/triggers/triggers-page";

export const metadata = { title: "Handoff rules" };
