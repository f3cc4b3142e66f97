"use client";
import { useState } from "react";
import type { Member, Role } from "@/components/api-types";
import type { ApiResource } from "@/components/use-api";
import { formatDate, initials, roleLabel } from "@/components/format";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Select } from "@/components/ui/field";
import { LoadingBlock } from "@/components/ui/spinner";
import { api, errorMessage } from "@/lib/api-client";
import { ROLES } from "@/lib/roles";
import { useSession } from "../session-context";

/** Owners manage everyone; admins manage admins and agents (the server enforces the same). */
function canEdit(actorRole: Role, target: Member, isSelf: boolean): boolean {
  if (isSelf || actorRole === "agent") return false;
  return actorRole === "owner" || target.role !== "owner";
}

export function MembersTable({ members }: { members: ApiResource<Member[]> }) {
  const { me, role, workspace } = useSession();
  const [removing, setRemoving] = useState<Member | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [savingId, setSavingId] = useState<string | null>(null);
  const list = members.data;
  const roleOptions = role === "owner" ? ROLES : ROLES.filter((item) => item !== "owner");

  const changeRole = async (member: Member, next: Role) => {
    setError(null);
    setSavingId(member.id);
    try {
      const updated = await api.patch<Member>(`/api/workspace/members/${encodeURIComponent(member.id)}`, { role: next });
      members.setData((current) => current?.map((item) => (item.id === member.id ? { ...item, role: updated.role } : item)));
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setSavingId(null);
    }
  };

  return (
    <Card aria-labelledby="members-title">
      <CardHeader id="members-title" title="Members" description={list ? `${list.length} ${list.length === 1 ? "person" : "people"} in ${workspace.name}` : undefined} />
      {error ?? members.error ? <Alert tone="error" className="mx-5 mt-4">{error ?? members.error?.message}</Alert> : null}
      {!list ? (
        members.loading ? <LoadingBlock /> : null
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm" data-testid="members-table">
            <thead className="text-xs text-zinc-500">
              <tr className="border-b border-zinc-100">
                <th scope="col" className="px-5 py-2.5 font-medium">Name</th>
                <th scope="col" className="px-5 py-2.5 font-medium">Role</th>
                <th scope="col" className="hidden px-5 py-2.5 font-medium sm:table-cell">Joined</th>
                <th scope="col" className="px-5 py-2.5 font-medium"><span className="sr-only">Actions</span></th>
              </tr>
            </thead>
            <tbody className="divide-y divide-zinc-100">
              {list.map((member) => {
                const isSelf = member.userId === me.user.id;
                const editable = canEdit(role, member, isSelf);
                return (
                  <tr key={member.id}>
                    <td className="px-5 py-3">
                      <div className="flex items-center gap-3">
                        <span aria-hidden="true" className="flex size-8 shrink-0 items-center justify-center rounded-full bg-zinc-100 text-xs font-semibold text-zinc-600">
                          {initials(member.name)}
                        </span>
                        <div className="min-w-0">
                          <p className="truncate font-medium text-zinc-900">
                            {member.name} {isSelf ? <Badge className="ml-1">You</Badge> : null}
                          </p>
                          <p className="truncate text-zinc-500">{member.email}</p>
                        </div>
                      </div>
                    </td>
                    <td className="px-5 py-3">
                      {editable ? (
                        <Select
                          aria-label={`Role of ${member.name}`}
                          value={member.role}
                          disabled={savingId === member.id}
                          onChange={(event) => void changeRole(member, event.target.value as Role)}
                          compact
                          className="w-32"
                        >
                          {roleOptions.map((option) => (
                            <option key={option} value={option}>
                              {roleLabel(option)}
                            </option>
                          ))}
                        </Select>
                      ) : (
                        <Badge tone={member.role === "owner" ? "brand" : "neutral"}>{roleLabel(member.role)}</Badge>
                      )}
                    </td>
                    <td className="hidden px-5 py-3 text-zinc-500 sm:table-cell">{formatDate(member.joinedAt)}</td>
                    <td className="px-5 py-3 text-right">
                      {editable ? (
                        <Button variant="ghost" size="sm" onClick={() => setRemoving(member)} aria-label={`Remove ${member.name}`}>
                          Remove
                        </Button>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <ConfirmDialog
        open={removing !== null}
        onClose={() => setRemoving(null)}
        title={`Remove ${removing?.name ?? "member"}?`}
        description={`${removing?.name ?? "They"} will lose access to ${workspace.name} right away. You can invite them again later.`}
        confirmLabel="Remove member"
        onConfirm={async () => {
          if (!removing) return;
          await api.delete(`/api/workspace/members/${encodeURIComponent(removing.id)}`);
          members.setData((current) => current?.filter((item) => item.id !== removing.id));
        }}
      />
    </Card>
  );
}
