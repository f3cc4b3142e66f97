/** @jsxImportSource preact */
import { useLayoutEffect, useRef } from "preact/hooks";
import type { Message } from "../shared/protocol";
import { Avatar } from "./avatar";
import { useChat } from "./context";
import { followUp } from "./follow-up";
import { FollowUpCard } from "./follow-up-card";
import { Person } from "./icons";
import { Markdown } from "./markdown-view";
import { buildRows, type GroupedRow } from "./rows";

function Time({ iso }: { iso: string }) {
  const { state } = useChat();
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  return <time dateTime={iso}>{new Intl.DateTimeFormat(state.locale, { hour: "numeric", minute: "2-digit" }).format(date)}</time>;
}

function OfferHuman() {
  const { chat, state, t } = useChat();
  return (
    <button type="button" class="offer" onClick={() => void chat.requestHuman()} disabled={state.handoff === "sending"}>
      <Person />
      {t("talkToHuman")}
    </button>
  );
}

function Item({ item, offerHumanAfter }: { item: GroupedRow; offerHumanAfter: string | null }) {
  const { chat, state, t } = useChat();
  const { row, first, last } = item;
  const { inbox } = state.session;
  if (row.kind === "divider") return <div class="divider" role="separator" />;
  if (row.kind === "message" && row.message.role === "system") {
    // "Ana joined the conversation" carries its author: show who with their avatar.
    const author = row.message.author;
    return (
      <div class="notice">
        {author && <Avatar name={author.name} url={author.avatarUrl} size={20} />}
        {row.message.body}
      </div>
    );
  }

  const message: Message | null = row.kind === "message" ? row.message : null;
  const role = message?.role ?? (row.kind === "pending" ? "visitor" : "bot");
  const name = role === "visitor" ? t("you") : role === "agent" ? (message?.author?.name ?? t("teamMember")) : inbox.botName;
  const text = row.kind === "greeting" ? (inbox.theme.greeting ?? t("greeting", { bot: inbox.botName, name: inbox.name })) : row.kind === "stream" ? row.stream.text : row.kind === "pending" ? row.pending.text : message!.body;
  const failed = row.kind === "pending" && row.pending.status === "failed";
  return (
    <div class={`row ${role}${first ? " first" : ""}${last ? " last" : ""}${row.kind === "pending" ? ` ${row.pending.status}` : ""}`} aria-hidden={row.kind === "stream" ? "true" : undefined}>
      {role !== "visitor" && (
        <div class="av-slot">{last && <Avatar name={name} url={role === "agent" ? message?.author?.avatarUrl : inbox.theme.logoUrl} bot={role === "bot"} />}</div>
      )}
      <div class="col">
        {first && role !== "visitor" && (
          <div class="author">
            {name}
            {role === "bot" && <span class="tag">AI</span>}
          </div>
        )}
        <div class="bubble">
          <span class="sr">{name}: </span>
          {role === "visitor" ? (
            <span class="plain" dir="auto">
              {text}
            </span>
          ) : (
            <Markdown text={text} />
          )}
        </div>
        {row.kind === "pending" ? (
          <div class="meta">
            {failed ? t("failed") : t("sending")}
            {failed && (
              <button type="button" class="retry" onClick={() => void chat.deliver(row.pending.clientId)}>
                {t("retry")}
              </button>
            )}
          </div>
        ) : (
          last && message && <div class="meta"><Time iso={message.createdAt} /></div>
        )}
        {message && message.id === offerHumanAfter && <OfferHuman />}
      </div>
    </div>
  );
}

function Typing() {
  const { state, t } = useChat();
  const name = state.agentTyping !== null ? state.agentTyping || t("teamMember") : state.session.inbox.botName;
  return (
    <div class="row bot first last typing-row">
      <div class="av-slot">
        <Avatar name={name} url={state.agentTyping !== null ? null : state.session.inbox.theme.logoUrl} bot={state.agentTyping === null} />
      </div>
      <div class="bubble typing" role="status">
        <span class="sr">{t("typing", { name })}</span>
        <i aria-hidden="true" />
        <i aria-hidden="true" />
        <i aria-hidden="true" />
      </div>
    </div>
  );
}

export function MessageList() {
  const { state, t } = useChat();
  const ref = useRef<HTMLDivElement>(null);
  const stick = useRef(true);
  const rows = buildRows(state);
  const status = state.conversation?.status;
  const lastBot = [...state.timeline.messages].reverse().find((message) => message.role === "bot");
  const offerHumanAfter = lastBot?.offerHuman && (!status || status === "BOT") && !state.timeline.streams.length ? lastBot.id : null;
  const follow = followUp(state);
  const typing = (state.botTyping && !state.timeline.streams.length) || state.agentTyping !== null;

  // Follow new messages while the visitor is at the bottom; leave them alone while they read back.
  useLayoutEffect(() => {
    const el = ref.current;
    if (el && stick.current) el.scrollTop = el.scrollHeight;
  });
  useLayoutEffect(() => {
    stick.current = true;
  }, [state.open]);

  return (
    <div
      class="log"
      ref={ref}
      role="log"
      aria-live="polite"
      aria-relevant="additions"
      aria-label={t("conversation")}
      tabIndex={0}
      onScroll={(event) => {
        const el = event.currentTarget;
        stick.current = el.scrollHeight - el.scrollTop - el.clientHeight < 48;
      }}
    >
      {state.reconnecting && (
        <div class="banner" role="status">
          {t("reconnecting")}
        </div>
      )}
      {rows.map((item) => (
        <Item key={item.row.key} item={item} offerHumanAfter={offerHumanAfter} />
      ))}
      {status === "RESOLVED" && <div class="notice">{t("resolved")}</div>}
      {follow && <FollowUpCard key={`follow-${state.conversation!.id}`} follow={follow} />}
      {typing && <Typing />}
    </div>
  );
}
