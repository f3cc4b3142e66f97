export { HoursPage as default } from "@/components/dashboard/hours/hours-page";

export const metadata = { title: "Business hours" };
