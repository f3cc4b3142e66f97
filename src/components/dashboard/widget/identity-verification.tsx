"use client";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { CopyField } from "@/components/ui/copy-button";
import { api, errorMessage } from "@/lib/api-client";
import type { Inbox } from "../api-types";
import { CodeBlock } from "./code-block";

const SERVER_CODE = `const crypto = require("node:crypto");

// SECRET: the identity secret above, kept on your server (e.g. in an environment variable).
const userHash = crypto.createHmac("sha256", SECRET).update(user.id).digest("hex");`;

// The first line is the embed's command queue: identify() may run before widget.js has loaded.
const PAGE_CODE = `<script>
  window.Baton = window.Baton || function () { (Baton.q = Baton.q || []).push(arguments) };
  Baton('identify', {
    id: "USER_ID",          // the same id your server hashed
    email: "ada@example.com",
    name: "Ada Lovelace",
    attributes: { plan: "pro" },
    userHash: "USER_HASH"   // from your server
  });
</script>`;

export function IdentityVerification({ inbox, onChanged }: { inbox: Inbox; onChanged: (inbox: Inbox) => void }) {
  const [secret, setSecret] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const enabled = inbox.identityVerification;

  const generate = async () => {
    setError(null);
    const { secret: created } = await api.post<{ secret: string }>(`/api/inboxes/${encodeURIComponent(inbox.id)}/identity-secret`);
    setSecret(created);
    onChanged({ ...inbox, identityVerification: true });
  };

  const generateFirst = async () => {
    setBusy(true);
    try {
      await generate();
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card aria-labelledby="identity-title">
      <CardHeader
        id="identity-title"
        title="Identity verification"
        description="Let the widget know who a signed-in customer is, in a way nobody can fake."
        actions={enabled ? <Badge tone="green">On</Badge> : <Badge>Off</Badge>}
      />
      <CardBody className="space-y-5">
        <p className="max-w-prose text-sm text-zinc-600">
          Your server signs each signed-in user&apos;s id: the <span className="font-medium text-zinc-900">HMAC-SHA256</span> of the id with this widget&apos;s secret, in hex.
          Your page passes it as <code className="rounded bg-zinc-100 px-1 font-mono text-xs">userHash</code>. Baton trusts the name, email and attributes (such as a VIP plan) only when
          the hash matches; without it they are kept as unverified.
        </p>

        {secret ? (
          <div className="space-y-3 rounded-lg bg-amber-50 p-4 ring-1 ring-amber-200 ring-inset" data-testid="new-identity-secret">
            <div>
              <p className="text-sm font-semibold text-amber-900">Copy your identity secret now</p>
              <p className="text-sm text-amber-900/80">It is shown only this once. Store it on your server; never put it in your website&apos;s code.</p>
            </div>
            <CopyField value={secret} label="Identity secret" testId="identity-secret" />
            <div className="flex justify-end">
              <Button size="sm" variant="secondary" onClick={() => setSecret(null)}>
                I have copied it
              </Button>
            </div>
          </div>
        ) : null}
        {error ? <Alert tone="error">{error}</Alert> : null}

        <div className="flex flex-wrap items-center gap-3">
          {enabled ? (
            <Button variant="secondary" onClick={() => setConfirming(true)}>
              Rotate secret
            </Button>
          ) : (
            <Button onClick={() => void generateFirst()} loading={busy}>
              Generate secret
            </Button>
          )}
          <p className="text-sm text-zinc-500">{enabled ? "A secret is set. Rotate it if it may have leaked." : "No secret yet: identities from the page are not trusted."}</p>
        </div>

        <div className="space-y-4">
          <div className="min-w-0 space-y-2">
            <p className="text-sm font-medium text-zinc-800">1. On your server (Node.js)</p>
            <CodeBlock code={SERVER_CODE} label="server.js" />
          </div>
          <div className="min-w-0 space-y-2">
            <p className="text-sm font-medium text-zinc-800">2. In your page, after the embed snippet</p>
            <CodeBlock code={PAGE_CODE} label="HTML" />
          </div>
        </div>
      </CardBody>
      <ConfirmDialog
        open={confirming}
        onClose={() => setConfirming(false)}
        title="Rotate the identity secret?"
        description="The current secret stops working at once: signed-in visitors show as unverified until your server signs with the new one."
        confirmLabel="Rotate secret"
        onConfirm={generate}
      />
    </Card>
  );
}
