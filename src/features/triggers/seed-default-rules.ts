import type { DbClient } from "@/server/db";
import { defaultTriggerRules } from "./default-rules";
import { countRules, insertRules } from "./triggers.repository";

/** Gives a workspace the default rules once (the ids are the database's, not the templates'). */
export async function seedDefaultRules(db: DbClient, { organizationId }: { organizationId: string }) {
  if ((await countRules(db, { organizationId })) > 0) return;
  await insertRules(db, { organizationId, rules: defaultTriggerRules().map(({ id: _template, ...rule }) => rule) });
}
