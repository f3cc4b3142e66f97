"use client";
import { useState } from "react";
import type { InboxConversationDto } from "@/features/inbox/inbox.dto";
import { ApiError, errorMessage } from "@/lib/api-client";
import { inboxApi, type ActionResponse, type TransferTarget } from "./inbox-api";
import { isInboxItem } from "./socket-payloads";

export type ActionName = "claim" | "transfer" | "handback" | "resolve" | "reopen";

export interface ActionNotice {
  tone: "error" | "warning" | "success";
  message: string;
  kind?: "claim-conflict" | "nobody-online";
}

export interface UseConversationActionsOptions {
  id: string;
  meId: string;
  /** The conversation as an action's answer shows it (list and header update at once). */
  onItem: (item: InboxConversationDto) => void;
  /** Fetches the detail again: the handoff timeline changes with most actions. */
  refresh: () => Promise<void>;
}

function claimedBy(details: unknown): { id?: string; name?: string } | null {
  const value = (details as { claimedBy?: unknown } | undefined)?.claimedBy;
  return typeof value === "object" && value !== null ? (value as { id?: string; name?: string }) : null;
}

/** Claim, transfer, hand back, resolve and reopen, with the notices their answers call for. */
export function useConversationActions({ id, meId, onItem, refresh }: UseConversationActionsOptions) {
  const [busy, setBusy] = useState<ActionName | null>(null);
  const [notice, setNotice] = useState<ActionNotice | null>(null);

  const run = async (name: ActionName, call: () => Promise<ActionResponse | undefined>): Promise<ActionResponse | null> => {
    setBusy(name);
    setNotice(null);
    try {
      const response = (await call()) ?? {};
      if (isInboxItem(response.conversation)) onItem(response.conversation);
      void refresh();
      return response;
    } catch (caught) {
      if (caught instanceof ApiError && caught.status === 409 && caught.code === "ALREADY_CLAIMED") {
        const winner = claimedBy(caught.details);
        // A double click (or a claim from this agent's Slack) is not a conflict worth a notice.
        if (winner?.id !== meId) setNotice({ tone: "warning", kind: "claim-conflict", message: `${winner?.name || "Another agent"} already claimed this conversation` });
      } else {
        setNotice({ tone: "error", message: errorMessage(caught) });
      }
      void refresh();
      return null;
    } finally {
      setBusy(null);
    }
  };

  const transfer = async (target: TransferTarget, label: string) => {
    const response = await run("transfer", () => inboxApi.transfer(id, target));
    if (!response) return false;
    setNotice(
      response.warning === "NOBODY_ONLINE"
        ? { tone: "warning", kind: "nobody-online", message: `Transferred to ${label}, but nobody there is online right now. The conversation waits in the queue until someone is.` }
        : { tone: "success", message: `Transferred to ${label}.` },
    );
    return true;
  };

  return {
    busy,
    notice,
    dismissNotice: () => setNotice(null),
    claim: () => run("claim", () => inboxApi.claim(id)),
    transfer,
    handback: () => run("handback", () => inboxApi.handback(id)),
    resolve: () => run("resolve", () => inboxApi.resolve(id)),
    reopen: () => run("reopen", () => inboxApi.reopen(id)),
  };
}

export type ConversationActions = ReturnType<typeof useConversationActions>;
