"use client";
import { useState } from "react";
import type { Invitation } from "@/components/api-types";
import type { ApiResource } from "@/components/use-api";
import { formatDate, roleLabel } from "@/components/format";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { CopyButton } from "@/components/ui/copy-button";
import { EmptyState } from "@/components/ui/empty-state";
import { LinkIcon, MailIcon } from "@/components/ui/icons";
import { LoadingBlock } from "@/components/ui/spinner";
import { api } from "@/lib/api-client";

export function InvitationsList({ invitations }: { invitations: ApiResource<Invitation[]> }) {
  const [revoking, setRevoking] = useState<Invitation | null>(null);
  const list = invitations.data;

  return (
    <Card aria-labelledby="invitations-title">
      <CardHeader id="invitations-title" title="Pending invitations" description="Invitations that nobody has accepted yet." />
      {invitations.error ? <Alert tone="error" className="m-5">{invitations.error.message}</Alert> : null}
      {!list ? (
        invitations.loading ? <LoadingBlock /> : null
      ) : list.length === 0 ? (
        <EmptyState icon={<MailIcon className="size-5" />} title="No pending invitations" description="Invite someone above: they will show here until they join." />
      ) : (
        <ul className="divide-y divide-zinc-100" data-testid="invitations-list">
          {list.map((invitation) => (
            <li key={invitation.id} className="flex flex-wrap items-center gap-3 px-5 py-3">
              <span aria-hidden="true" className="flex size-8 items-center justify-center rounded-full bg-zinc-100 text-zinc-500">
                {invitation.email ? <MailIcon /> : <LinkIcon />}
              </span>
              <div className="min-w-0 flex-1">
                <p className="truncate text-sm font-medium text-zinc-900">{invitation.email ?? "Open link (single use)"}</p>
                <p className="text-xs text-zinc-500">
                  Expires {formatDate(invitation.expiresAt)}
                  {invitation.invitedBy ? ` · invited by ${invitation.invitedBy}` : ""}
                </p>
              </div>
              <Badge>{roleLabel(invitation.role)}</Badge>
              <CopyButton text={invitation.link} label="Copy link" />
              <Button variant="ghost" size="sm" onClick={() => setRevoking(invitation)}>
                Revoke
              </Button>
            </li>
          ))}
        </ul>
      )}
      <ConfirmDialog
        open={revoking !== null}
        onClose={() => setRevoking(null)}
        title="Revoke this invitation?"
        description={`The link will stop working${revoking?.email ? ` for ${revoking.email}` : ""}. You can create a new invitation at any time.`}
        confirmLabel="Revoke invitation"
        onConfirm={async () => {
          if (!revoking) return;
          await api.delete(`/api/workspace/invitations/${encodeURIComponent(revoking.id)}`);
          invitations.setData((current) => current?.filter((item) => item.id !== revoking.id));
        }}
      />
    </Card>
  );
}
