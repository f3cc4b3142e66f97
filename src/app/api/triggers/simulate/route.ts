import { simulateTriggers } from "@/features/triggers/simulate-triggers";
import { ZSimulateInput } from "@/features/triggers/triggers.schemas";
import { withTenant } from "@/server/auth-context";
import { readJson } from "@/server/http";

export const POST = withTenant(async ({ req, actor }) => simulateTriggers({ organizationId: actor.organizationId, input: await readJson(req, ZSimulateInput, 256 * 1024) }));
