// Workspace roles, most powerful first. Isomorphic: the UI hides what the server forbids.
export const ROLES = ["owner", "admin", "agent"] as const;
export type Role = (typeof ROLES)[number];

export const MANAGER_ROLES: readonly Role[] = ["owner", "admin"];

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

export function canManageWorkspace(role: Role): boolean {
  return MANAGER_ROLES.includes(role);
}
