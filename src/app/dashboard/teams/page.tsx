export { TeamsPage as default } from "@/components/dashboard/teams/teams-page";

export const metadata = { title: "Teams" };
