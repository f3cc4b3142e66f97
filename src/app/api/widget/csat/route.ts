import { rateConversation } from "@/features/widget/rate-conversation";
import { ZRateConversationInput } from "@/features/widget/widget.schemas";
import { readJson } from "@/server/http";
import { WIDGET_LIMITS, corsPreflight, withWidgetSession } from "@/server/widget-context";

export const OPTIONS = corsPreflight;

export const POST = withWidgetSession(
  async ({ req, visitor }) => Response.json(await rateConversation({ visitor, input: await readJson(req, ZRateConversationInput, 16 * 1024) }), { status: 201 }),
  { perVisitor: WIDGET_LIMITS.postPerVisitor, perIp: WIDGET_LIMITS.postPerIp },
);
