export { SettingsPage as default } from "@/components/dashboard/settings/settings-page";

export const metadata = { title: "Settings" };
