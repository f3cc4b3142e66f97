import { seedDefaultRules } from "@/features/triggers/seed-default-rules";
import { slugify } from "@/lib/slug";
import { db, type DbClient } from "@/server/db";
import { insertMember, insertOrganization, slugExists } from "./tenants.repository";
import { toWorkspaceDto, type WorkspaceDto } from "./tenants.dto";

export interface CreateWorkspaceOptions {
  userId: string;
  name: string;
}

/** A new workspace with its settings, default trigger rules and the creator as OWNER, all or nothing. */
export async function createWorkspace({ userId, name }: CreateWorkspaceOptions): Promise<WorkspaceDto> {
  return db.$transaction(async (tx) => {
    const slug = await uniqueSlug(tx, slugify(name));
    const organization = await insertOrganization(tx, { name, slug });
    await insertMember(tx, { organizationId: organization.id, userId, role: "owner" });
    await seedDefaultRules(tx, { organizationId: organization.id });
    return toWorkspaceDto(organization);
  });
}

async function uniqueSlug(tx: DbClient, base: string): Promise<string> {
  if (!(await slugExists(tx, base))) return base;
  // Collisions are rare; a short random suffix avoids a read-increment loop.
  for (;;) {
    const candidate = `${base}-${Math.random().toString(36).slice(2, 7)}`;
    if (!(await slugExists(tx, candidate))) return candidate;
  }
}
