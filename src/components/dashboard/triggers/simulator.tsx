"use client";
import { useId, useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { Input, Label, Select, TextField } from "@/components/ui/field";
import { PlusIcon, TrashIcon } from "@/components/ui/icons";
import { api, errorMessage } from "@/lib/api-client";
import type { SimulateResult, SimulatedRole } from "../api-types";
import { PlayIcon } from "./icons";
import { SimulationResult } from "./simulation-result";
import { toSimulateInput, type SimulatorValues, type Turn } from "./simulator-fields";

let nextTurnId = 0;
const turn = (role: SimulatedRole, text = "", confidence = ""): Turn => ({ id: ++nextTurnId, role, text, confidence });

// A conversation that shows several rules at once, so the page is useful before anything is typed.
const sample = (): SimulatorValues => ({
  turns: [
    turn("visitor", "Hi, my order #4411 still hasn't arrived"),
    turn("bot", "Orders usually ship within 1 business day. You can track yours from the email we sent.", "0.35"),
    turn("visitor", "That doesn't help at all. Can I talk to a real person?"),
  ],
  vip: false,
  verified: false,
  plan: "",
  lifetimeValue: "",
  page: "/orders",
});

/** Types a conversation and asks the workspace's current rules what they would do. Nothing is stored. */
export function Simulator() {
  const [values, setValues] = useState<SimulatorValues>(sample);
  const [result, setResult] = useState<SimulateResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ids = useId();

  const set = <K extends keyof SimulatorValues>(key: K, value: SimulatorValues[K]) => setValues((current) => ({ ...current, [key]: value }));
  const setTurn = (id: number, change: Partial<Turn>) => set("turns", values.turns.map((item) => (item.id === id ? { ...item, ...change } : item)));

  const evaluate = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = toSimulateInput(values);
    if (typeof input === "string") {
      setError(input);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      setResult(await api.post<SimulateResult>("/api/triggers/simulate", input));
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card aria-labelledby="simulator-title">
      <CardHeader
        id="simulator-title"
        title="Simulator"
        description="Type a conversation and see what the rules above would do with it. Nothing is sent or stored."
        actions={
          <Button
            variant="ghost"
            size="sm"
            onClick={() => {
              setValues({ ...sample(), turns: [turn("visitor")], page: "" });
              setResult(null);
              setError(null);
            }}
          >
            Clear conversation
          </Button>
        }
      />
      <div className="grid gap-6 p-5 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <form onSubmit={(event) => void evaluate(event)} className="space-y-4" aria-label="Simulated conversation">
          <ol className="space-y-2" aria-label="Messages">
            {values.turns.map((item, index) => (
              <li key={item.id} className="flex flex-wrap items-center gap-2 sm:flex-nowrap">
                <Select compact value={item.role} onChange={(e) => setTurn(item.id, { role: e.target.value as SimulatedRole })} aria-label={`Message ${index + 1} from`} className="w-28">
                  <option value="visitor">Visitor</option>
                  <option value="bot">Bot</option>
                  <option value="agent">Agent</option>
                </Select>
                <Input compact value={item.text} onChange={(e) => setTurn(item.id, { text: e.target.value })} aria-label={`Message ${index + 1}`} placeholder="Type a message…" className="min-w-0 flex-1" maxLength={8000} />
                {item.role === "bot" ? (
                  <Input
                    compact
                    type="number"
                    min={0}
                    max={1}
                    step={0.05}
                    value={item.confidence}
                    onChange={(e) => setTurn(item.id, { confidence: e.target.value })}
                    aria-label={`Message ${index + 1} confidence`}
                    title="The bot's confidence in its answer, 0 to 1"
                    placeholder="0–1"
                    className="w-20"
                  />
                ) : null}
                <Button variant="ghost" size="sm" icon={<TrashIcon />} aria-label={`Remove message ${index + 1}`} disabled={values.turns.length === 1} onClick={() => set("turns", values.turns.filter((other) => other.id !== item.id))} />
              </li>
            ))}
          </ol>
          <div className="flex flex-wrap gap-2">
            <Button variant="secondary" size="sm" icon={<PlusIcon />} onClick={() => set("turns", [...values.turns, turn("visitor")])}>
              Visitor message
            </Button>
            <Button variant="secondary" size="sm" icon={<PlusIcon />} onClick={() => set("turns", [...values.turns, turn("bot", "", "0.5")])}>
              Bot answer
            </Button>
          </div>
          <fieldset className="space-y-3 rounded-lg p-3 ring-1 ring-zinc-200 ring-inset">
            <legend className="px-1 text-sm font-medium text-zinc-800">Contact and page</legend>
            <div className="flex flex-wrap gap-x-6 gap-y-2">
              <Checkbox id={`${ids}-vip`} label="VIP" checked={values.vip} onChange={(checked) => set("vip", checked)} />
              <Checkbox id={`${ids}-verified`} label="Verified identity" checked={values.verified} onChange={(checked) => set("verified", checked)} />
            </div>
            <div className="grid gap-3 sm:grid-cols-3">
              <TextField label="Plan" value={values.plan} onChange={(e) => set("plan", e.target.value)} placeholder="enterprise" maxLength={60} />
              <TextField label="Lifetime value" type="number" min={0} value={values.lifetimeValue} onChange={(e) => set("lifetimeValue", e.target.value)} placeholder="12000" />
              <TextField label="Current page" value={values.page} onChange={(e) => set("page", e.target.value)} placeholder="/pricing" maxLength={2000} />
            </div>
          </fieldset>
          {error ? <Alert tone="error">{error}</Alert> : null}
          <Button type="submit" icon={<PlayIcon />} loading={busy}>
            Evaluate
          </Button>
        </form>
        <SimulationResult result={result} busy={busy} />
      </div>
    </Card>
  );
}

function Checkbox({ id, label, checked, onChange }: { id: string; label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <div className="flex items-center gap-2">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} className="size-4 rounded border-zinc-300 accent-brand-600" />
      <Label htmlFor={id}>{label}</Label>
    </div>
  );
}
