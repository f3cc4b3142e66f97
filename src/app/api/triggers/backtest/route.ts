import { z } from "zod";
import { backtestRule } from "@/features/triggers/backtest-rule";
import { ZTriggerRuleDraft } from "@/features/triggers/triggers.schemas";
import { MANAGER_ROLES } from "@/lib/roles";
import { withTenant } from "@/server/auth-context";
import { readJson } from "@/server/http";

const ZBacktestInput = z.object({ rule: ZTriggerRuleDraft, limit: z.number().int().min(1).max(1000).default(200) });

export const POST = withTenant(
  async ({ req, actor }) => backtestRule({ organizationId: actor.organizationId, ...(await readJson(req, ZBacktestInput, 256 * 1024)) }),
  { roles: MANAGER_ROLES },
);
