import { Card, CardBody, CardHeader } from "@/components/ui/card";

// Examples in the words the dashboard uses; they read like the rules a new workspace would write.
const EXAMPLES = [
  { when: "Mentions “refund” or “chargeback”", team: "Billing" },
  { when: "Mentions “pricing” or “demo”, or escalated for High-value intent", team: "Sales" },
  { when: "Customer tier is vip", team: "Senior" },
  { when: "Anything else (a rule with no conditions, last)", team: "Support" },
];

export function RoutingHelp() {
  return (
    <Card aria-labelledby="routing-help-title">
      <CardHeader id="routing-help-title" title="How routing works" description="When a conversation is escalated, the rules are checked from the top: the first match wins." />
      <CardBody className="grid gap-6 text-sm text-zinc-600 md:grid-cols-2">
        <ul className="list-disc space-y-1.5 pl-5">
          <li>A rule matches when every condition it sets holds; within one condition, any of its values is enough.</li>
          <li>An empty condition accepts anything, so a rule with none is a catch-all: keep it last.</li>
          <li>Disabled rules are skipped. When nothing matches, the inbox&apos;s default team (set on the Teams page) gets it, or everyone online.</li>
        </ul>
        <div>
          <p className="mb-2 font-medium text-zinc-800">For example</p>
          <ol className="space-y-1.5">
            {EXAMPLES.map((example, index) => (
              <li key={example.team} className="flex gap-2">
                <span className="w-4 shrink-0 text-right font-mono text-xs leading-5 text-zinc-400">{index + 1}</span>
                <span>
                  {example.when} <span className="text-zinc-400">→</span> <span className="font-medium text-zinc-900">{example.team}</span>
                </span>
              </li>
            ))}
          </ol>
        </div>
      </CardBody>
    </Card>
  );
}
