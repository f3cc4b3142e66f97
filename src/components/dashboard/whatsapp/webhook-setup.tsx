import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { CopyField } from "@/components/ui/copy-button";
import type { WhatsAppAccount } from "./types";

/** What to paste into Meta (WhatsApp > Configuration > Webhook), and the number's health. */
export function WebhookSetup({ account }: { account: WhatsAppAccount }) {
  return (
    <Card aria-labelledby={`wa-webhook-${account.id}`}>
      <CardHeader
        id={`wa-webhook-${account.id}`}
        title={account.displayPhone ?? account.phoneNumberId}
        description={account.inbox ? `Conversations go to the inbox "${account.inbox.name}".` : "No inbox linked: messages from customers are not stored."}
        actions={account.status === "ACTIVE" ? <Badge tone="green">Active</Badge> : <Badge tone="amber">Needs attention</Badge>}
      />
      <CardBody className="space-y-3">
        {account.lastError ? <p className="text-sm text-amber-700">Last error: {account.lastError}</p> : null}
        <p className="text-sm text-zinc-600">
          In Meta&apos;s dashboard, open WhatsApp &gt; Configuration, paste these two values under Webhook, then subscribe to the <code className="font-mono text-xs">messages</code> field.
        </p>
        <CopyField label="Callback URL" value={account.webhookUrl} testId="wa-webhook-url" />
        <CopyField label="Verify token" value={account.verifyToken} testId="wa-verify-token" />
      </CardBody>
    </Card>
  );
}
