export { DashboardLayout as default } from "@/components/dashboard/dashboard-layout";
