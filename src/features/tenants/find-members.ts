import { db } from "@/server/db";
import type { Actor } from "./actor";
import { findMembers as findMemberRows } from "./tenants.repository";
import { toMemberDto } from "./tenants.dto";

export async function findMembers({ actor }: { actor: Actor }) {
  const rows = await findMemberRows(db, { organizationId: actor.organizationId });
  return rows.map(toMemberDto);
}
