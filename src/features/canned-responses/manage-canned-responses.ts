// Saved replies agents insert with a "/shortcut". Every role reads them; managers write them.
import { recordAudit } from "@/features/audit/record-audit";
import type { Actor } from "@/features/tenants/actor";
import { db, type DbClient } from "@/server/db";
import { AppError, notFound } from "@/server/errors";
import {
  deleteCannedResponse as deleteRow,
  findCannedResponses as findRows,
  getCannedResponse,
  getCannedResponseByShortcut,
  insertCannedResponse,
  updateCannedResponse as updateRow,
} from "./canned-responses.repository";
import { toCannedResponseDto, type TCannedResponseInput, type TCannedResponseUpdate } from "./canned-responses.schemas";

const taken = (shortcut: string) => new AppError("CONFLICT", `The shortcut /${shortcut} is already used by another canned response`);

/** Checked first for a clear message; the unique index still decides a race, with the same message. */
async function withFreeShortcut<T>(tx: DbClient, { organizationId, shortcut, responseId }: { organizationId: string; shortcut?: string; responseId?: string }, write: () => Promise<T>) {
  if (shortcut) {
    const existing = await getCannedResponseByShortcut(tx, { organizationId, shortcut });
    if (existing && existing.id !== responseId) throw taken(shortcut);
  }
  try {
    return await write();
  } catch (error) {
    if (shortcut && (error as { code?: unknown }).code === "P2002") throw taken(shortcut);
    throw error;
  }
}

export async function findCannedResponses({ organizationId }: { organizationId: string }) {
  return { cannedResponses: (await findRows(db, { organizationId })).map(toCannedResponseDto) };
}

export async function createCannedResponse({ actor, input }: { actor: Actor; input: TCannedResponseInput }) {
  const { organizationId } = actor;
  return db.$transaction(async (tx) => {
    const row = await withFreeShortcut(tx, { organizationId, shortcut: input.shortcut }, () => insertCannedResponse(tx, { organizationId, createdById: actor.userId, data: input }));
    await recordAudit({ organizationId, actorId: actor.userId, action: "canned_response.created", targetType: "canned_response", targetId: row.id, metadata: { shortcut: row.shortcut } }, tx);
    return toCannedResponseDto(row);
  });
}

export async function updateCannedResponse({ actor, responseId, input }: { actor: Actor; responseId: string; input: TCannedResponseUpdate }) {
  const { organizationId } = actor;
  return db.$transaction(async (tx) => {
    const updated = await withFreeShortcut(tx, { organizationId, shortcut: input.shortcut, responseId }, () => updateRow(tx, { organizationId, responseId, data: input }));
    if (!updated) throw notFound("Canned response");
    await recordAudit({ organizationId, actorId: actor.userId, action: "canned_response.updated", targetType: "canned_response", targetId: responseId, metadata: { fields: Object.keys(input) } }, tx);
    return toCannedResponseDto((await getCannedResponse(tx, { organizationId, responseId }))!);
  });
}

export async function deleteCannedResponse({ actor, responseId }: { actor: Actor; responseId: string }) {
  const { organizationId } = actor;
  await db.$transaction(async (tx) => {
    if (!(await deleteRow(tx, { organizationId, responseId }))) throw notFound("Canned response");
    await recordAudit({ organizationId, actorId: actor.userId, action: "canned_response.deleted", targetType: "canned_response", targetId: responseId }, tx);
  });
}
