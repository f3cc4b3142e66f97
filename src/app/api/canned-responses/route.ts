import { ZCannedResponseInput } from "@/features/canned-responses/canned-responses.schemas";
import { createCannedResponse, findCannedResponses } from "@/features/canned-responses/manage-canned-responses";
import { MANAGER_ROLES } from "@/lib/roles";
import { withTenant } from "@/server/auth-context";
import { readJson } from "@/server/http";

// Every role reads them: agents insert them from the inbox.
export const GET = withTenant(async ({ actor }) => findCannedResponses({ organizationId: actor.organizationId }));

export const POST = withTenant(
  async ({ req, actor }) => Response.json(await createCannedResponse({ actor, input: await readJson(req, ZCannedResponseInput) }), { status: 201 }),
  { roles: MANAGER_ROLES },
);
