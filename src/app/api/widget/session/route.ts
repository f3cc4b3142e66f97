import { startWidgetSession } from "@/features/widget/start-widget-session";
import { ZStartSessionInput } from "@/features/widget/widget.schemas";
import { readJson, withPublic } from "@/server/http";
import { clientIp, consumeRateLimit } from "@/server/rate-limit";
import { WIDGET_LIMITS, corsPreflight, withCors } from "@/server/widget-context";

export const OPTIONS = corsPreflight;

export const POST = withCors(
  withPublic(async ({ req }) => {
    await consumeRateLimit(WIDGET_LIMITS.session, clientIp(req));
    return startWidgetSession({ input: await readJson(req, ZStartSessionInput, 8 * 1024), origin: req.headers.get("origin") });
  }),
);
