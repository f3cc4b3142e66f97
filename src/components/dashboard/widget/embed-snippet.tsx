import { Card, CardBody, CardHeader } from "@/components/ui/card";
import type { Inbox } from "../api-types";
import { CodeBlock } from "./code-block";

export function EmbedSnippet({ inbox }: { inbox: Inbox }) {
  return (
    <Card aria-labelledby="embed-title">
      <CardHeader
        id="embed-title"
        title="Add the chat to your website"
        description={
          <>
            Paste this line just before <code className="font-mono text-xs">&lt;/body&gt;</code> on every page where the chat should appear.
          </>
        }
      />
      <CardBody className="space-y-2">
        <CodeBlock code={inbox.embedSnippet} label="HTML" testId="embed-snippet" />
        <p className="text-xs text-zinc-500">
          Widget key <code className="font-mono">{inbox.publicKey}</code> is public: it only works on the websites you allow below.
        </p>
      </CardBody>
    </Card>
  );
}
