import { readFileSync } from "node:fs";
import { z } from "zod";
import { ZContactAttributes, ZTriggerContext, ZTriggerMessage } from "@/features/triggers/triggers.schemas";

// The dataset format of ../shared/datasets/handoff (see its README).
export const ZHandoffCase = z.object({
  id: z.string(),
  business: z.string().optional(),
  lang: z.string(),
  contact: ZContactAttributes.default({}),
  context: ZTriggerContext.optional(),
  messages: z.array(ZTriggerMessage).min(1),
  expect: z.object({ escalate: z.boolean(), reasons: z.array(z.string()), note: z.string().optional() }),
});
export type THandoffCase = z.infer<typeof ZHandoffCase>;

export function readCases(file: string): THandoffCase[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .map((line, i) => ({ line: line.trim(), i }))
    .filter(({ line }) => line.length > 0 && !line.startsWith("//"))
    .map(({ line, i }) => {
      const parsed = ZHandoffCase.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.message}`);
      return parsed.data;
    });
}
