import { captureLead } from "@/features/widget/capture-lead";
import { ZLeadInput } from "@/features/widget/widget.schemas";
import { readJson } from "@/server/http";
import { WIDGET_LIMITS, corsPreflight, withWidgetSession } from "@/server/widget-context";

export const OPTIONS = corsPreflight;

export const POST = withWidgetSession(
  async ({ req, visitor }) => Response.json(await captureLead({ visitor, input: await readJson(req, ZLeadInput, 16 * 1024) }), { status: 201 }),
  { perVisitor: WIDGET_LIMITS.postPerVisitor, perIp: WIDGET_LIMITS.postPerIp },
);
