import { z } from "zod";
import { ZReasonCode } from "@/features/triggers/triggers.schemas";

const ZTerm = (max: number) => z.string().trim().min(1, "is required").max(max);
/** A list of conditions; repeats (in any case) are dropped, and an empty list matches everything. */
const ZTerms = <T extends z.ZodType<string>>(item: T, max: number) =>
  z
    .array(item)
    .max(max)
    .transform((items) => items.filter((value, index) => items.findIndex((other) => other.toLowerCase() === value.toLowerCase()) === index));

const ZLanguage = z.string().trim().regex(/^[a-z]{2}(-[A-Za-z]{2})?$/, "must be a language code such as en or pt-BR");

const routingRuleFields = {
  name: ZTerm(100),
  enabled: z.boolean(),
  /** Why the conversation was escalated (trigger reason codes). */
  reasons: ZTerms(ZReasonCode, 7),
  /** Words or phrases in the visitor's messages. */
  keywords: ZTerms(ZTerm(100), 100),
  /** The intent in the handoff brief, such as pricing or refund. */
  intents: ZTerms(ZTerm(60), 50),
  /** The conversation's language. */
  languages: ZTerms(ZLanguage, 30),
  /** The contact's plan or tier attribute, such as vip or enterprise. */
  tiers: ZTerms(ZTerm(60), 30),
  teamId: z.string().trim().min(1, "choose a team").max(100),
};

export const ZRoutingRuleInput = z
  .object({
    ...routingRuleFields,
    enabled: routingRuleFields.enabled.default(true),
    reasons: routingRuleFields.reasons.default([]),
    keywords: routingRuleFields.keywords.default([]),
    intents: routingRuleFields.intents.default([]),
    languages: routingRuleFields.languages.default([]),
    tiers: routingRuleFields.tiers.default([]),
    /** Where the rule goes in the order; by default after the existing ones. */
    position: z.number().int().min(0).max(10_000).optional(),
  })
  .strict();
export type TRoutingRuleInput = z.infer<typeof ZRoutingRuleInput>;

export const ZRoutingRuleUpdate = z.object(routingRuleFields).partial().strict();
export type TRoutingRuleUpdate = z.infer<typeof ZRoutingRuleUpdate>;

/** The whole order at once: every rule of the workspace, first match first. */
export const ZRoutingRuleOrder = z
  .object({
    ruleIds: z
      .array(z.string().min(1).max(100))
      .max(500)
      .refine((ids) => new Set(ids).size === ids.length, "lists a rule twice"),
  })
  .strict();

export interface RoutingRuleDto {
  id: string;
  name: string;
  enabled: boolean;
  position: number;
  reasons: string[];
  keywords: string[];
  intents: string[];
  languages: string[];
  tiers: string[];
  teamId: string;
  team: { id: string; name: string };
}

export type RoutingRuleRow = Omit<RoutingRuleDto, "team"> & { team: { id: string; name: string } };

export function toRoutingRuleDto(row: RoutingRuleRow): RoutingRuleDto {
  return {
    id: row.id,
    name: row.name,
    enabled: row.enabled,
    position: row.position,
    reasons: row.reasons,
    keywords: row.keywords,
    intents: row.intents,
    languages: row.languages,
    tiers: row.tiers,
    teamId: row.teamId,
    team: { id: row.team.id, name: row.team.name },
  };
}
