export { OverviewPage as default } from "@/components/dashboard/overview-page";

export const metadata = { title: "Overview" };
