/** @jsxImportSource preact */
import { useEffect, useRef } from "preact/hooks";
import { useChat } from "./context";
import { ArrowBack, Check } from "./icons";

/** The offline form: name, email and question, for the team to answer by email. */
export function LeadForm() {
  const { chat, state, t } = useChat();
  const first = useRef<HTMLInputElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const sent = state.lead === "sent";

  useEffect(() => {
    if (sent) heading.current?.focus();
    else first.current?.focus();
  }, [sent]);

  return (
    <div class="lead">
      <button type="button" class="back" onClick={() => chat.showChat()}>
        <ArrowBack />
        {t("back")}
      </button>
      {sent ? (
        <div class="lead-done" role="status">
          <span class="done-icon" aria-hidden="true">
            <Check />
          </span>
          <h2 ref={heading} tabIndex={-1}>
            {t("leadThanks", { email: state.leadEmail ?? "" })}
          </h2>
        </div>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            const data = new FormData(event.currentTarget);
            const field = (name: string) => String(data.get(name) ?? "").trim();
            void chat.submitLead({ name: field("name"), email: field("email"), question: field("question") });
          }}
        >
          <h2>{t("leadTitle")}</h2>
          <p class="muted">{t("leadIntro")}</p>
          <label>
            {t("name")}
            <input ref={first} name="name" required maxLength={200} autocomplete="name" value={state.identity?.name ?? undefined} />
          </label>
          <label>
            {t("email")}
            <input name="email" type="email" required maxLength={320} autocomplete="email" value={state.identity?.email ?? undefined} />
          </label>
          <label>
            {t("question")}
            <textarea name="question" required rows={4} maxLength={4000} />
          </label>
          {state.lead === "error" && (
            <p class="error" role="alert">
              {t("error")}
            </p>
          )}
          <button type="submit" class="primary" disabled={state.lead === "sending"}>
            {t("submit")}
          </button>
        </form>
      )}
    </div>
  );
}
