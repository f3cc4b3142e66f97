import { createInbox, findInboxes } from "@/features/inboxes/manage-inboxes";
import { ZCreateInboxInput } from "@/features/inboxes/inboxes.schemas";
import { MANAGER_ROLES } from "@/lib/roles";
import { withTenant } from "@/server/auth-context";
import { readJson } from "@/server/http";

export const GET = withTenant(async ({ actor }) => findInboxes({ organizationId: actor.organizationId }));

export const POST = withTenant(
  async ({ req, actor }) => Response.json(await createInbox({ actor, name: (await readJson(req, ZCreateInboxInput)).name }), { status: 201 }),
  { roles: MANAGER_ROLES },
);
