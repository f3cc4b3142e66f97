"use client";
import { useState } from "react";
import { useApi } from "@/components/use-api";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { LoadingBlock } from "@/components/ui/spinner";
import { PageHeader } from "../page-header";
import { useSession } from "../session-context";
import { AccountForm } from "./account-form";
import { MyNumberCard } from "./my-number-card";
import { OnCallList } from "./on-call-list";
import type { WhatsAppAccount } from "./types";
import { WebhookSetup } from "./webhook-setup";

export function WhatsAppPage() {
  const { canManage } = useSession();
  const accounts = useApi<{ accounts: WhatsAppAccount[] }>(canManage ? "/api/whatsapp/accounts" : null);
  const [editing, setEditing] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const list = accounts.data?.accounts;
  const upsert = (saved: WhatsAppAccount) => {
    accounts.setData((current) => ({ accounts: [...(current?.accounts ?? []).filter((item) => item.id !== saved.id), saved] }));
    setEditing(null);
    setAdding(false);
  };

  return (
    <>
      <PageHeader title="WhatsApp" description="Customers chat with the bot on your WhatsApp number; agents get alerts, claim and reply from their own phones." />
      <div className="space-y-6">
        {canManage ? (
          accounts.error ? (
            <Alert tone="error">{accounts.error.message}</Alert>
          ) : !list ? (
            <LoadingBlock label="Loading your numbers…" />
          ) : (
            <>
              {list.map((account) =>
                editing === account.id ? (
                  <AccountForm key={account.id} account={account} onSaved={upsert} onCancel={() => setEditing(null)} />
                ) : (
                  <div key={account.id} className="space-y-2">
                    <WebhookSetup account={account} />
                    <Button variant="secondary" size="sm" onClick={() => setEditing(account.id)}>
                      Edit settings and templates
                    </Button>
                  </div>
                ),
              )}
              {list.length === 0 || adding ? (
                <AccountForm onSaved={upsert} onCancel={list.length > 0 ? () => setAdding(false) : undefined} />
              ) : (
                <Button variant="secondary" onClick={() => setAdding(true)}>
                  Connect another number
                </Button>
              )}
              <OnCallList />
            </>
          )
        ) : null}
        <MyNumberCard />
      </div>
    </>
  );
}
