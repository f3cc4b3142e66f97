"use client";
import type { Me } from "@/components/api-types";
import { AuthCard, AuthLayout } from "@/components/auth/auth-layout";
import { Alert } from "@/components/ui/alert";
import { CreateWorkspaceForm } from "./create-workspace-dialog";
import { useSignOut } from "./use-sign-out";

/** A signed-in person who belongs to no workspace (e.g. removed from their last one). */
export function NoWorkspace({ me, onCreated }: { me: Me; onCreated: () => void }) {
  const { signOut, error } = useSignOut();
  return (
    <AuthLayout>
      <AuthCard
        title="Create a workspace"
        subtitle={`You are signed in as ${me.user.email} but are not a member of any workspace. Create one, or open an invitation link from your team.`}
        footer={
          <button type="button" onClick={() => void signOut()} className="font-medium text-brand-600 hover:text-brand-700 hover:underline">
            Sign out
          </button>
        }
      >
        {error ? <Alert tone="error" className="mb-4">{error}</Alert> : null}
        <CreateWorkspaceForm onCreated={onCreated} />
      </AuthCard>
    </AuthLayout>
  );
}
