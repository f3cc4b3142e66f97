"use client";
// "Unanswered questions" on the knowledge base page: the last 30 days of knowledge gaps, the same
// list as on the analytics page. Owners and admins only (the route refuses agents).
import { Card, CardHeader } from "@/components/ui/card";
import { presetRange } from "./date-range";
import { KnowledgeGapsList } from "./knowledge-gaps-list";

export function UnansweredQuestions({ onEntryCreated }: { onEntryCreated: () => void }) {
  const { from, to } = presetRange("30d");
  return (
    <Card aria-labelledby="unanswered-questions">
      <CardHeader id="unanswered-questions" title="Unanswered questions" description="Last 30 days: what visitors asked that the bot could not answer. Add the answers to close the gaps." />
      <KnowledgeGapsList query={`from=${from}&to=${to}`} onEntryCreated={onEntryCreated} />
    </Card>
  );
}
