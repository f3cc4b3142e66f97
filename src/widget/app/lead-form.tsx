/** @jsxImportSource preact */
import type { Ref } from "preact";
import { useEffect, useRef } from "preact/hooks";
import { useChat } from "./context";
import { lastVisitorText } from "./follow-up";
import { ArrowBack, Check } from "./icons";

/**
 * Name, email and question, for the team to answer by email. The fields are uncontrolled with
 * default values, so a re-render (a new message, a typing dot) never overwrites what was typed.
 */
export function LeadFields({ first, intro }: { first?: Ref<HTMLInputElement>; intro: boolean }) {
  const { chat, state, t } = useChat();
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        const field = (name: string) => String(data.get(name) ?? "").trim();
        void chat.submitLead({ name: field("name"), email: field("email"), question: field("question") });
      }}
    >
      <h2>{t("leadTitle")}</h2>
      {intro && <p class="muted">{t("leadIntro")}</p>}
      <label>
        {t("name")}
        <input ref={first} name="name" required maxLength={200} autocomplete="name" defaultValue={state.identity?.name} />
      </label>
      <label>
        {t("email")}
        <input name="email" type="email" required maxLength={320} autocomplete="email" defaultValue={state.identity?.email} />
      </label>
      <label>
        {t("question")}
        <textarea name="question" required rows={4} maxLength={4000} defaultValue={lastVisitorText(state.timeline)} />
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
  );
}

/** The offline form as its own view ("Talk to a human" while nobody is online). */
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
    <div class="lead fields">
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
        <LeadFields first={first} intro />
      )}
    </div>
  );
}
