"use client";
import { useImperativeHandle, useRef, useState, type Ref } from "react";
import type { AgentDto, InboxConversationDto, TeamSummaryDto } from "@/features/inbox/inbox.dto";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import type { Socket } from "socket.io-client";
import { ActionNotice } from "./action-notice";
import { Composer, type ComposerHandle, type ComposerMode } from "./composer";
import { canClaim, canResolve, ConversationActions } from "./conversation-actions";
import { ConversationHeader } from "./conversation-header";
import { DetailsDrawer } from "./details-drawer";
import { DetailsPane } from "./details-pane";
import { DraftCard } from "./draft-card";
import { InboxIcon } from "./icons";
import { lastSeq } from "./merge-messages";
import { PanelSkeleton, TranscriptSkeleton } from "./skeletons";
import type { CannedResponse } from "./slash-command";
import { Transcript } from "./transcript";
import { TransferDialog } from "./transfer-dialog";
import { TypingIndicator } from "./typing-indicator";
import { useConversation } from "./use-conversation";
import { useConversationActions } from "./use-conversation-actions";
import { useMarkRead } from "./use-mark-read";
import { useRemoteTyping } from "./use-remote-typing";

export interface ConversationHandle {
  claim(): void;
  resolve(): void;
  focusComposer(mode: ComposerMode): void;
}

export interface ConversationViewProps {
  id: string;
  me: { id: string; name: string };
  socket: Socket | null;
  resyncs: number;
  now: number;
  onItem: (item: InboxConversationDto) => void;
  markRead: (conversationId: string, seq: number) => void;
  directory: { agents: AgentDto[]; teams: TeamSummaryDto[]; loading: boolean; error: string | null };
  canned: { items: CannedResponse[]; loading: boolean; reload: () => void };
  hrefFor: (id: string) => string;
  onSelect: (id: string | null) => void;
  detailsOpen: boolean;
  onToggleDetails: () => void;
  ref?: Ref<ConversationHandle>;
}

/** The middle column (header, transcript, drafts, composer) and the details column of one conversation. */
export function ConversationView(props: ConversationViewProps) {
  const { id, me, socket, now } = props;
  const [transferOpen, setTransferOpen] = useState(false);
  const composer = useRef<ComposerHandle>(null);
  const conversation = useConversation({ id, socket, resyncs: props.resyncs, onItem: props.onItem });
  const item = conversation.detail?.conversation ?? null;
  const showItem = (changed: InboxConversationDto) => {
    conversation.applyItem(changed);
    props.onItem(changed);
  };
  const actions = useConversationActions({ id, meId: me.id, onItem: showItem, refresh: conversation.refresh });
  const typing = useRemoteTyping({ socket, conversationId: id, contactId: item?.contact.id ?? null, meId: me.id });
  useMarkRead(id, conversation.detail ? lastSeq(conversation.transcript) : 0, props.markRead);

  useImperativeHandle(props.ref, () => ({
    claim: () => void (item && canClaim(item.status) && actions.busy === null && actions.claim()),
    resolve: () => void (item && canResolve(item.status) && actions.busy === null && actions.resolve()),
    focusComposer: (mode) => composer.current?.focus(mode),
  }));

  if (conversation.error) {
    const missing = conversation.error.status === 404;
    return (
      <section aria-label="Conversation" className="flex min-w-0 flex-1 flex-col items-center justify-center p-6">
        {missing ? (
          <EmptyState icon={<InboxIcon className="size-5" />} title="This conversation does not exist" description="It may have been deleted, or it belongs to another workspace." />
        ) : (
          <div className="w-full max-w-sm space-y-3">
            <Alert tone="error" title="Could not load the conversation">
              {conversation.error.message}
            </Alert>
            <Button variant="secondary" onClick={conversation.reload}>
              Try again
            </Button>
          </div>
        )}
      </section>
    );
  }

  const drafts = conversation.detail?.drafts.filter((draft) => draft.status === "PENDING") ?? [];
  return (
    <>
      <section aria-label="Conversation" data-testid="conversation-view" className="flex min-w-0 flex-1 flex-col bg-zinc-50/60">
        {item && conversation.detail ? (
          <>
            <ConversationHeader
              conversation={item}
              meId={me.id}
              detailsOpen={props.detailsOpen}
              onToggleDetails={props.onToggleDetails}
              onBack={() => props.onSelect(null)}
              actions={
                <ConversationActions
                  status={item.status}
                  assignedToMe={item.assignee?.id === me.id}
                  busy={actions.busy}
                  onClaim={() => void actions.claim()}
                  onTransfer={() => setTransferOpen(true)}
                  onHandback={() => void actions.handback()}
                  onResolve={() => void actions.resolve()}
                  onReopen={() => void actions.reopen()}
                />
              }
            />
            {actions.notice ? <ActionNotice notice={actions.notice} onDismiss={actions.dismissNotice} /> : null}
            <Transcript transcript={conversation.transcript} now={now} agentName={me.name} onRetry={conversation.retry} onDiscard={conversation.discard}>
              {drafts.map((draft) => (
                <DraftCard key={draft.id} draft={draft} onMessage={(message) => conversation.merge([message])} onDecided={conversation.updateDraft} />
              ))}
            </Transcript>
            <TypingIndicator visitor={typing.visitorTyping} agents={typing.agentsTyping} />
            <Composer
              ref={composer}
              conversationId={id}
              status={item.status}
              socket={socket}
              canned={props.canned.items}
              cannedLoading={props.canned.loading}
              onCannedOpen={props.canned.reload}
              cannedContext={{ contact: { name: item.contact.name, email: item.contact.email }, agent: { name: me.name } }}
              onSend={conversation.send}
              onReopen={async () => (await actions.reopen()) !== null}
              whatsappWindow={conversation.detail.whatsappWindow}
            />
          </>
        ) : (
          <TranscriptSkeleton />
        )}
      </section>
      <DetailsDrawer open={props.detailsOpen} onClose={props.onToggleDetails}>
        {conversation.detail ? <DetailsPane detail={conversation.detail} now={now} hrefFor={props.hrefFor} onSelect={props.onSelect} /> : <PanelSkeleton />}
      </DetailsDrawer>
      <TransferDialog
        open={transferOpen}
        onClose={() => setTransferOpen(false)}
        agents={props.directory.agents}
        teams={props.directory.teams}
        loading={props.directory.loading}
        loadError={props.directory.error}
        meId={me.id}
        currentAssigneeId={item?.assignee?.id ?? null}
        onTransfer={actions.transfer}
      />
    </>
  );
}
