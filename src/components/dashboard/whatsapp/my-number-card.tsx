"use client";
import { useState, type FormEvent } from "react";
import { useApi } from "@/components/use-api";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { TextField } from "@/components/ui/field";
import { apiRequest, errorMessage } from "@/lib/api-client";

/** Each person's own number: escalation alerts arrive there, and replies from it reach the customer. */
export function MyNumberCard() {
  const mine = useApi<{ whatsappNumber: string | null }>("/api/whatsapp/me");
  const [draft, setDraft] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const value = draft ?? (mine.data?.whatsappNumber ? `+${mine.data.whatsappNumber}` : "");

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setMessage(null);
    try {
      const saved = await apiRequest<{ whatsappNumber: string | null }>("/api/whatsapp/me", { method: "PUT", body: { whatsappNumber: value.trim() || null } });
      mine.setData(() => saved);
      setDraft(null);
      setMessage({ tone: "success", text: saved.whatsappNumber ? "Saved. Escalations will reach you on WhatsApp." : "Removed. You will not get WhatsApp alerts." });
    } catch (caught) {
      setMessage({ tone: "error", text: errorMessage(caught) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card aria-labelledby="wa-my-number">
      <CardHeader
        id="wa-my-number"
        title="Your WhatsApp number"
        description="When a customer needs a person, you get an alert there with Claim and Pass. After you claim, your WhatsApp messages go to the customer until the conversation is resolved. Set your status to Away in the inbox to pause alerts."
      />
      <CardBody>
        <form onSubmit={(event) => void save(event)} className="flex flex-wrap items-end gap-3">
          <div className="min-w-64 flex-1">
            <TextField label="Number in international format" placeholder="+44 7700 900123" value={value} onChange={(event) => setDraft(event.target.value)} />
          </div>
          <Button type="submit" loading={busy}>
            Save
          </Button>
        </form>
        {message ? <Alert tone={message.tone} className="mt-3">{message.text}</Alert> : null}
      </CardBody>
    </Card>
  );
}
