import { identifyVisitor } from "@/features/widget/identify-visitor";
import { ZIdentifyInput } from "@/features/widget/widget.schemas";
import { readJson } from "@/server/http";
import { WIDGET_LIMITS, corsPreflight, withWidgetSession } from "@/server/widget-context";

export const OPTIONS = corsPreflight;

export const POST = withWidgetSession(async ({ req, visitor }) => identifyVisitor({ visitor, input: await readJson(req, ZIdentifyInput, 16 * 1024) }), {
  perVisitor: WIDGET_LIMITS.postPerVisitor,
});
