"use client";
import type { Invitation, Member } from "@/components/api-types";
import { useApi } from "@/components/use-api";
import { PageHeader } from "../page-header";
import { useSession } from "../session-context";
import { InvitationsList } from "./invitations-list";
import { InviteForm } from "./invite-form";
import { MembersTable } from "./members-table";

export function MembersPage() {
  const { canManage } = useSession();
  const members = useApi<Member[]>("/api/workspace/members");
  const invitations = useApi<Invitation[]>(canManage ? "/api/workspace/invitations" : null);

  return (
    <>
      <PageHeader
        title="Members"
        description={canManage ? "Invite your team and decide what each person can do." : "The people in this workspace. Owners and admins manage members."}
      />
      <div className="space-y-6">
        {canManage ? <InviteForm onInvited={invitations.reload} /> : null}
        <MembersTable members={members} />
        {canManage ? <InvitationsList invitations={invitations} /> : null}
      </div>
    </>
  );
}
