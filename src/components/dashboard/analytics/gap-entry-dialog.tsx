"use client";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { TextField } from "@/components/ui/field";
import { api, errorMessage } from "@/lib/api-client";
import type { KnowledgeGapDto } from "@/features/analytics/analytics.dto";
import { TextAreaField } from "../knowledge/text-area-field";

/** A new knowledge entry prefilled from a gap: its question, its wordings, and the agent's answer. */
export function GapEntryDialog({ gap, onClose, onCreated }: { gap: KnowledgeGapDto | null; onClose: () => void; onCreated: (gap: KnowledgeGapDto, title: string) => void }) {
  return (
    <Dialog open={gap !== null} onClose={onClose} title="New knowledge entry" description="Prefilled from what visitors asked and, when a person answered, from their answer.">
      {gap ? <GapEntryForm key={gap.key} gap={gap} onClose={onClose} onCreated={onCreated} /> : null}
    </Dialog>
  );
}

function GapEntryForm({ gap, onClose, onCreated }: { gap: KnowledgeGapDto; onClose: () => void; onCreated: (gap: KnowledgeGapDto, title: string) => void }) {
  const [title, setTitle] = useState(gap.question.slice(0, 300));
  const [questions, setQuestions] = useState(gap.examples.join("\n"));
  const [answer, setAnswer] = useState(gap.agentAnswer ?? "");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const exampleQuestions = questions.split("\n").map((line) => line.trim()).filter(Boolean).slice(0, 200);
      await api.post("/api/knowledge", { title: title.trim(), exampleQuestions, answer: answer.trim() });
      onCreated(gap, title.trim());
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={onSubmit} className="space-y-4">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <TextField label="Question" value={title} maxLength={300} required onChange={(e) => setTitle(e.target.value)} />
      <TextAreaField label="Other ways people ask it" hint="One per line." rows={4} value={questions} onChange={(e) => setQuestions(e.target.value)} />
      <TextAreaField
        label="Answer"
        hint={gap.agentAnswer ? "What an agent answered; edit it into the answer the bot should give." : "Nobody answered this yet: write the answer the bot should give."}
        rows={5}
        required
        maxLength={5000}
        value={answer}
        onChange={(e) => setAnswer(e.target.value)}
      />
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onClose}>
          Cancel
        </Button>
        <Button type="submit" loading={busy} disabled={!title.trim() || !answer.trim()}>
          Add to knowledge base
        </Button>
      </div>
    </form>
  );
}
