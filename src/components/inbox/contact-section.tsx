import type { ContactPanelDto } from "@/features/inbox/inbox.dto";
import { Badge } from "@/components/ui/badge";
import { cx } from "@/components/ui/cx";
import { fullTime, relativeTime } from "./format-time";
import { ShieldCheckIcon } from "./icons";
import { contactName, humanize, languageName } from "./labels";
import { Fact, PanelSection } from "./panel-section";

function attributeText(value: unknown): string {
  if (value === null || value === undefined) return "—";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

/** Who the visitor is, whether the site vouched for it (identity verification), and presence. */
export function ContactSection({ contact, now }: { contact: ContactPanelDto; now: number }) {
  const attributes = Object.entries(contact.attributes ?? {});
  return (
    <PanelSection title="Contact" testId="contact-panel">
      <div className="mb-3 flex flex-wrap items-center gap-2">
        <span className="text-sm font-semibold text-zinc-900">{contactName(contact)}</span>
        {contact.identityVerified ? (
          <Badge tone="green" className="gap-1">
            <ShieldCheckIcon className="size-3" />
            Verified
          </Badge>
        ) : (
          <Badge tone="neutral" className="gap-1">
            <span title="The website did not sign this visitor's identity: treat the attributes as claims.">Unverified</span>
          </Badge>
        )}
        <span className={cx("inline-flex items-center gap-1 text-xs", contact.online ? "text-emerald-700" : "text-zinc-500")}>
          <span aria-hidden="true" className={cx("size-2 rounded-full", contact.online ? "bg-emerald-500" : "bg-zinc-300")} />
          {contact.online ? "Online" : "Offline"}
        </span>
      </div>
      <dl>
        {contact.email ? (
          <Fact label="Email">
            <a href={`mailto:${contact.email}`} className="text-brand-700 hover:underline">
              {contact.email}
            </a>
          </Fact>
        ) : null}
        {contact.phone ? <Fact label="Phone">{contact.phone}</Fact> : null}
        {contact.language ? <Fact label="Language">{languageName(contact.language)}</Fact> : null}
        {contact.lastSeenAt ? (
          <Fact label="Last seen">
            <time dateTime={contact.lastSeenAt} title={fullTime(contact.lastSeenAt)}>
              {contact.online ? "Now" : relativeTime(contact.lastSeenAt, now) === "now" ? "Just now" : `${relativeTime(contact.lastSeenAt, now)} ago`}
            </time>
          </Fact>
        ) : null}
        {contact.currentPage ? (
          <Fact label="Current page">
            <span className="font-mono text-xs">{contact.currentPage}</span>
          </Fact>
        ) : null}
        {attributes.map(([key, value]) => (
          <Fact key={key} label={humanize(key)}>
            {attributeText(value)}
          </Fact>
        ))}
      </dl>
    </PanelSection>
  );
}
