import { simulateTriggers } from "@/features/triggers/simulate-triggers";
import { ZSimulateInput } from "@/features/triggers/triggers.schemas";
import { withApiKey } from "@/server/auth-context";
import { readJson } from "@/server/http";

export const POST = withApiKey(async ({ req, organizationId }) => simulateTriggers({ organizationId, input: await readJson(req, ZSimulateInput, 256 * 1024) }), {
  scope: "triggers:simulate",
});
