// Shapes that leave the server. Rows are mapped here so columns never leak by accident.
import { isRole, type Role } from "@/lib/roles";

export interface WorkspaceDto {
  id: string;
  name: string;
  slug: string;
}

export interface MemberDto {
  id: string;
  userId: string;
  name: string;
  email: string;
  role: Role;
  status: string;
  capacity: number;
  joinedAt: string;
}

export function toRole(value: string): Role {
  // A role string written by something else than Baton is treated as the least powerful.
  return isRole(value) ? value : "agent";
}

export function toWorkspaceDto(org: { id: string; name: string; slug: string }): WorkspaceDto {
  return { id: org.id, name: org.name, slug: org.slug };
}

export function toMemberDto(member: {
  id: string;
  userId: string;
  role: string;
  status: string;
  capacity: number;
  createdAt: Date;
  user: { name: string; email: string };
}): MemberDto {
  return {
    id: member.id,
    userId: member.userId,
    name: member.user.name,
    email: member.user.email,
    role: toRole(member.role),
    status: member.status,
    capacity: member.capacity,
    joinedAt: member.createdAt.toISOString(),
  };
}
