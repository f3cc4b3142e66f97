import { requestHuman } from "@/features/widget/request-human";
import { WIDGET_LIMITS, corsPreflight, withWidgetSession } from "@/server/widget-context";

export const OPTIONS = corsPreflight;

export const POST = withWidgetSession(
  async ({ visitor }) => Response.json(await requestHuman({ visitor }), { status: 201 }),
  { perVisitor: WIDGET_LIMITS.postPerVisitor },
);
