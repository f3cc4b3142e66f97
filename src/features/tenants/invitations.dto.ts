import { env } from "@/server/env";

export interface InvitationDto {
  id: string;
  email: string | null;
  role: string;
  link: string;
  expiresAt: string;
  invitedBy?: string;
}

export function invitationLink(invitationId: string): string {
  return new URL(`/invite/${invitationId}`, env.PUBLIC_URL).toString();
}

export function toInvitationDto(row: {
  id: string;
  email: string | null;
  role: string;
  expiresAt: Date;
  inviter?: { name: string };
}): InvitationDto {
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    link: invitationLink(row.id),
    expiresAt: row.expiresAt.toISOString(),
    invitedBy: row.inviter?.name,
  };
}
