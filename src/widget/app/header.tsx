/** @jsxImportSource preact */
import { Avatar } from "./avatar";
import { useChat } from "./context";
import { ChevronDown, Person } from "./icons";

/** Queue position and an honest wait estimate, once the visitor is waiting for a person. */
function QueueStatus() {
  const { state, t } = useChat();
  const conversation = state.conversation;
  const position = conversation?.queuePosition;
  const wait = conversation?.waitEstimateSecs;
  const parts = [
    position ? t("queuePosition", { n: position }) : t("waiting"),
    typeof wait === "number" ? (wait < 60 ? t("waitSoon") : t("waitMinutes", { m: Math.round(wait / 60) })) : null,
  ].filter(Boolean);
  return (
    <p class="queue" role="status">
      <span class="pulse" aria-hidden="true" />
      {parts.join(" · ")}
    </p>
  );
}

/** The "Talk to a human" control: always in the header while the bot is answering. */
function HumanControl() {
  const { chat, state, t } = useChat();
  const status = state.conversation?.status;
  if (status === "QUEUED") return <QueueStatus />;
  if (status === "ASSIGNED") return null;
  return (
    <div class="human">
      <button type="button" class="human-btn" onClick={() => void chat.requestHuman()} disabled={state.handoff === "sending"} aria-busy={state.handoff === "sending"}>
        <Person />
        {t("talkToHuman")}
      </button>
      {state.handoff === "error" && (
        <span class="human-err" role="alert">
          {t("error")}
        </span>
      )}
    </div>
  );
}

export function Header() {
  const { chat, state, t } = useChat();
  const { inbox } = state.session;
  const assignee = state.conversation?.status === "ASSIGNED" ? state.conversation.assignee : null;
  return (
    <header class="hd">
      <div class="hd-row">
        {assignee ? (
          <Avatar name={assignee.name} url={assignee.avatarUrl} size={40} />
        ) : (
          <Avatar name={inbox.botName} url={inbox.theme.logoUrl} bot size={40} />
        )}
        <div class="hd-text">
          <h1 id="title">{assignee ? assignee.name : inbox.name}</h1>
          <p>
            {assignee
              ? `${t("teamMember")} · ${inbox.name}`
              : state.conversation?.status === "QUEUED"
                ? t("aiAssistant")
                : `${t("aiAssistant")} · ${t("humanOneClick")}`}
          </p>
        </div>
        <button type="button" class="icon-btn" onClick={() => chat.close()} aria-label={t("close")} title={t("close")}>
          <ChevronDown />
        </button>
      </div>
      <HumanControl />
    </header>
  );
}
