import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ButtonLink } from "@/components/ui/button";
import { LockIcon } from "@/components/ui/icons";

/** What an agent sees on a page that only owners and admins can use. */
export function ManagersOnly({ what }: { what: string }) {
  return (
    <Card data-testid="managers-only">
      <EmptyState
        icon={<LockIcon className="size-5" />}
        title={`Only owners and admins can ${what}`}
        description="Ask an owner or admin of this workspace if you need a change, or if your role should be different."
        action={
          <ButtonLink href="/dashboard/members" variant="secondary">
            See who manages this workspace
          </ButtonLink>
        }
      />
    </Card>
  );
}
