import { findWidgetMessages } from "@/features/widget/find-widget-messages";
import { postVisitorMessage } from "@/features/widget/post-visitor-message";
import { ZMessagesQuery, ZPostVisitorMessageInput } from "@/features/widget/widget.schemas";
import { replyToVisitor } from "@/features/responder/reply-to-visitor";
import { runInBackground } from "@/server/background";
import { parseQuery, readJson } from "@/server/http";
import { WIDGET_LIMITS, corsPreflight, withWidgetSession } from "@/server/widget-context";

export const OPTIONS = corsPreflight;

export const GET = withWidgetSession(
  async ({ req, visitor }) => findWidgetMessages({ visitor, afterSeq: parseQuery(req, ZMessagesQuery).after }),
  { perVisitor: WIDGET_LIMITS.readPerVisitor },
);

export const POST = withWidgetSession(
  async ({ req, visitor }) => {
    const posted = await postVisitorMessage({ visitor, input: await readJson(req, ZPostVisitorMessageInput, 16 * 1024) });
    // The bot answers after the response: the visitor's message is acknowledged at once and the
    // answer arrives over the socket (streamed when the LLM responder is on).
    if (posted.created) {
      runInBackground("bot-reply", () => replyToVisitor({ visitor, messageId: posted.message.id }));
    }
    return Response.json({ message: posted.message }, { status: posted.created ? 201 : 200 });
  },
  { perVisitor: WIDGET_LIMITS.postPerVisitor, perIp: WIDGET_LIMITS.postPerIp },
);
