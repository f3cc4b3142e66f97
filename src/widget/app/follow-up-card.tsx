/** @jsxImportSource preact */
// The card at the end of the transcript once the bot is out of the loop: rate the conversation
// after a person resolved it, or leave an email when nobody can answer live (see follow-up.ts).
import { useEffect, useRef, useState } from "preact/hooks";
import { useChat } from "./context";
import type { FollowUp } from "./follow-up";
import { Star } from "./icons";
import { LeadFields } from "./lead-form";

/**
 * A confirmation. When it replaces the form just sent here, it takes the focus the vanished submit
 * button had (never after a reload: that would pull focus into a chat nobody is using).
 */
function Done({ text, sentHere }: { text: string; sentHere: boolean }) {
  const { state } = useChat();
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    const active = document.activeElement;
    if (sentHere && state.open && (!active || active === document.body)) ref.current?.focus();
  }, []);
  return (
    <p ref={ref} class="notice done" role="status" tabIndex={-1}>
      {text}
    </p>
  );
}

/** 1-5 stars as a native radio group (arrow keys move, Space picks), an optional comment, Submit. */
function RatingCard({ status }: { status: "idle" | "sending" | "error" }) {
  const { chat, state, t } = useChat();
  const [score, setScore] = useState(0);
  const [hover, setHover] = useState(0);
  const plural = new Intl.PluralRules(state.locale);
  return (
    <form
      class="card fields"
      onSubmit={(event) => {
        event.preventDefault();
        const comment = String(new FormData(event.currentTarget).get("comment") ?? "");
        if (score) void chat.rate({ score, comment });
      }}
    >
      <h2 id="csat-title">{t("csatTitle")}</h2>
      <div class="stars" role="radiogroup" aria-labelledby="csat-title" onMouseLeave={() => setHover(0)}>
        {[1, 2, 3, 4, 5].map((n) => (
          <label key={n} class={n <= (hover || score) ? "star on" : "star"} onMouseEnter={() => setHover(n)}>
            <input
              type="radio"
              name="csat"
              value={n}
              checked={score === n}
              onChange={() => setScore(n)}
              aria-label={t(plural.select(n) === "one" ? "csatStar" : "csatStars", { n })}
            />
            <Star />
          </label>
        ))}
      </div>
      <label>
        {t("csatComment")}
        <textarea name="comment" rows={2} maxLength={1000} />
      </label>
      {status === "error" && (
        <p class="error" role="alert">
          {t("error")}
        </p>
      )}
      <button type="submit" class="primary" disabled={!score || status === "sending"}>
        {t("csatSubmit")}
      </button>
    </form>
  );
}

export function FollowUpCard({ follow }: { follow: FollowUp }) {
  const { state, t } = useChat();
  if (follow.kind === "rated") return <Done text={t("csatThanks")} sentHere />;
  if (follow.kind === "leadSent") return <Done text={t("leadThanks", { email: follow.email })} sentHere={state.lead === "sent"} />;
  if (follow.kind === "rating") return <RatingCard status={follow.status} />;
  return (
    <div class="card fields">
      <LeadFields intro={false} />
    </div>
  );
}
