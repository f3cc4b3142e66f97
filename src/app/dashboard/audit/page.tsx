export { AuditLogPage as default } from "@/components/dashboard/audit/audit-page";

export const metadata = { title: "Audit log" };
