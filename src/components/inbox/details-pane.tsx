import type { ConversationDetailDto } from "@/features/inbox/inbox.dto";
import { BriefSection } from "./brief-section";
import { ContactSection } from "./contact-section";
import { CsatSection } from "./csat-section";
import { EarlierConversations } from "./earlier-conversations";
import { HandoffTimeline } from "./handoff-timeline";

export interface DetailsPaneProps {
  detail: ConversationDetailDto;
  now: number;
  hrefFor: (id: string) => string;
  onSelect: (id: string) => void;
}

/** The right column: brief, contact, handoff timeline, satisfaction and history. */
export function DetailsPane({ detail, now, hrefFor, onSelect }: DetailsPaneProps) {
  const { conversation, handoff, contact } = detail;
  return (
    <div>
      {handoff?.brief ? <BriefSection brief={handoff.brief} /> : null}
      <ContactSection contact={contact} now={now} />
      {conversation.csatScore !== null ? <CsatSection score={conversation.csatScore} comment={conversation.csatComment} /> : null}
      {handoff ? <HandoffTimeline handoff={handoff} /> : null}
      <EarlierConversations conversations={contact.previousConversations.filter((item) => item.id !== conversation.id)} hrefFor={hrefFor} onSelect={onSelect} />
    </div>
  );
}
