// Escalations at a steady rate, open loop: the i-th starts at start + i/rate whether or not the
// earlier ones finished, as visitors do; a late start (a busy event loop) is recorded, not hidden.
import type { Escalation } from "./escalation-figures";

type Handoff = (conversationId: string) => Promise<{ handoffId?: string; conversation: { status: string } }>;

export function escalateAtRate(conversationIds: string[], rate: number, handoff: Handoff): Promise<Escalation[]> {
  const start = Date.now() + 50;
  return Promise.all(
    conversationIds.map(
      (conversationId, i) =>
        new Promise<Escalation>((resolve) => {
          const due = start + (i * 1000) / rate;
          setTimeout(async () => {
            const calledAt = Date.now();
            const done = (error: string | null) => resolve({ conversationId, calledAt, lateMs: calledAt - due, returnedAt: Date.now(), error });
            try {
              const result = await handoff(conversationId);
              done(result.handoffId ? null : `not escalated (status ${result.conversation.status})`);
            } catch (error) {
              done((error as Error).message);
            }
          }, Math.max(0, due - Date.now()));
        }),
    ),
  );
}
