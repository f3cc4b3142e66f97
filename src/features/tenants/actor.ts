import type { Role } from "@/lib/roles";

/** Who is acting, in which workspace, with which role: resolved once by the route wrapper. */
export interface Actor {
  organizationId: string;
  userId: string;
  role: Role;
}
