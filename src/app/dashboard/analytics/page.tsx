export { AnalyticsPage as default } from "@/components/dashboard/analytics/analytics-page";

export const metadata = { title: "Analytics" };
