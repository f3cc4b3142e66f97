// Slack connections and their channels. Tenant-scoped, except the lookups by Slack team id that an
// incoming request needs before it knows the workspace (they are used only to pick signing secrets).
import type { SlackInstallMode } from "@/generated/prisma/client";
import type { DbClient } from "@/server/db";

/** The workspace's connection: the most recently connected one (the dashboard manages one). */
export function getInstallation(db: DbClient, { organizationId }: { organizationId: string }) {
  return db.slackInstallation.findFirst({ where: { organizationId }, orderBy: { updatedAt: "desc" }, include: { channels: { orderBy: { createdAt: "asc" } } } });
}

export function getInstallationById(db: DbClient, { organizationId, installationId }: { organizationId: string; installationId: string }) {
  return db.slackInstallation.findFirst({ where: { id: installationId, organizationId }, include: { channels: true } });
}

export function getInstallationForTeam(db: DbClient, { organizationId, slackTeamId }: { organizationId: string; slackTeamId: string }) {
  return db.slackInstallation.findFirst({ where: { organizationId, slackTeamId }, include: { channels: true } });
}

/** Every connection to one Slack workspace, across Baton workspaces: only to pick signing secrets. */
export function findInstallationsForSlackTeam(db: DbClient, { slackTeamId }: { slackTeamId: string }) {
  return db.slackInstallation.findMany({ where: { slackTeamId }, select: { id: true, organizationId: true, mode: true, signingSecret: true } });
}

/**
 * Every active connection with an app-level token, across Baton workspaces: the worker keeps one
 * Socket Mode connection for each (what it receives is scoped to that installation afterwards).
 */
export function findSocketModeInstallations(db: DbClient) {
  return db.slackInstallation.findMany({ where: { mode: "MANUAL", status: "ACTIVE", appToken: { not: null } }, select: { id: true, organizationId: true, slackTeamId: true, appToken: true } });
}

/** Manual installs' secrets for a request that names no team (url_verification). */
export function findManualInstallations(db: DbClient) {
  return db.slackInstallation.findMany({ where: { mode: "MANUAL" }, select: { id: true, organizationId: true, mode: true, signingSecret: true } });
}

export interface InstallationData {
  organizationId: string;
  mode: SlackInstallMode;
  slackTeamId: string;
  slackTeamName: string | null;
  enterpriseId: string | null;
  botUserId: string | null;
  botToken: string;
  signingSecret: string | null;
  /** Socket Mode's app-level token, encrypted; null turns Socket Mode off (OAuth installs never use it). */
  appToken: string | null;
  installation: string | null;
  defaultChannelId?: string | null;
}

/** Connecting (again) makes the connection active and clears what needed attention. */
export function upsertInstallation(db: DbClient, data: InstallationData) {
  const { organizationId, slackTeamId, defaultChannelId, ...rest } = data;
  const fields = { ...rest, status: "ACTIVE" as const, lastError: null };
  return db.slackInstallation.upsert({
    where: { organizationId_slackTeamId: { organizationId, slackTeamId } },
    create: { organizationId, slackTeamId, ...fields, defaultChannelId: defaultChannelId ?? null },
    update: { ...fields, ...(defaultChannelId ? { defaultChannelId } : {}) },
  });
}

export function setInstallationStatus(db: DbClient, { organizationId, installationId, status, lastError }: { organizationId: string; installationId: string; status: "ACTIVE" | "NEEDS_ATTENTION"; lastError: string | null }) {
  return db.slackInstallation.updateMany({ where: { id: installationId, organizationId }, data: { status, lastError } });
}

export function updateInstallation(db: DbClient, { organizationId, installationId, data }: { organizationId: string; installationId: string; data: { defaultChannelId?: string | null; confirmTakeover?: boolean } }) {
  return db.slackInstallation.updateMany({ where: { id: installationId, organizationId }, data });
}

export function deleteInstallation(db: DbClient, { organizationId, installationId }: { organizationId: string; installationId: string }) {
  return db.slackInstallation.deleteMany({ where: { id: installationId, organizationId } });
}

// ---------------------------------------------------------------- channels

export function upsertChannel(db: DbClient, { organizationId, installationId, channelId, teamId, alertsOnly }: { organizationId: string; installationId: string; channelId: string; teamId: string | null; alertsOnly: boolean }) {
  return db.slackChannel.upsert({
    where: { installationId_channelId: { installationId, channelId } },
    create: { organizationId, installationId, channelId, teamId, alertsOnly },
    update: { teamId, alertsOnly },
  });
}

export function getChannelRow(db: DbClient, { organizationId, id }: { organizationId: string; id: string }) {
  return db.slackChannel.findFirst({ where: { id, organizationId } });
}

export function updateChannelRow(db: DbClient, { organizationId, id, data }: { organizationId: string; id: string; data: { alertsOnly?: boolean; teamId?: string | null } }) {
  return db.slackChannel.updateMany({ where: { id, organizationId }, data });
}

export function deleteChannelRow(db: DbClient, { organizationId, id }: { organizationId: string; id: string }) {
  return db.slackChannel.deleteMany({ where: { id, organizationId } });
}

/** One channel per team: another channel that was this team's no longer is. */
export function releaseTeamChannels(db: DbClient, { organizationId, installationId, teamId, exceptId }: { organizationId: string; installationId: string; teamId: string; exceptId?: string }) {
  return db.slackChannel.updateMany({ where: { organizationId, installationId, teamId, ...(exceptId ? { id: { not: exceptId } } : {}) }, data: { teamId: null } });
}

export function findTeams(db: DbClient, { organizationId }: { organizationId: string }) {
  return db.team.findMany({ where: { organizationId }, orderBy: { name: "asc" }, select: { id: true, name: true } });
}

export function getTeam(db: DbClient, { organizationId, teamId }: { organizationId: string; teamId: string }) {
  return db.team.findFirst({ where: { id: teamId, organizationId }, select: { id: true } });
}

/** The Baton member whose account email is the Slack user's (case-insensitive). */
export function findMemberByEmail(db: DbClient, { organizationId, email }: { organizationId: string; email: string }) {
  return db.member.findFirst({
    where: { organizationId, user: { email: { equals: email, mode: "insensitive" } } },
    include: { user: { select: { id: true, name: true } } },
  });
}
