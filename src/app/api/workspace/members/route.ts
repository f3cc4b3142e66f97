import { findMembers } from "@/features/tenants/find-members";
import { withTenant } from "@/server/auth-context";

export const GET = withTenant(async ({ actor }) => findMembers({ actor }));
