// Who may have signed a request from Slack: the OAuth app (SLACK_SIGNING_SECRET) and the manual
// installs of that Slack team, each with its own app and secret. The request is accepted only if
// one of them signed it, and it may act only on the installations that secret belongs to.
import { db } from "@/server/db";
import { env } from "@/server/env";
import { AppError } from "@/server/errors";
import { decryptSecret } from "@/server/secrets";
import { verifySlackSignature } from "./slack-signature";
import { findInstallationsForSlackTeam, findManualInstallations } from "./slack-installations.repository";

export const APP_SIGNER = "app";

export interface SignedRequest {
  rawBody: string;
  signature: string | null;
  timestamp: string | null;
}

/** Verifies the request; resolves with who signed it (installation ids, or "app"). 401 otherwise. */
export async function authenticateSlackRequest(request: SignedRequest, slackTeamId: string | null): Promise<string[]> {
  const installations = slackTeamId ? await findInstallationsForSlackTeam(db, { slackTeamId }) : await findManualInstallations(db);
  const candidates = [
    ...(env.SLACK_SIGNING_SECRET ? [{ secret: env.SLACK_SIGNING_SECRET, signer: APP_SIGNER }] : []),
    ...installations.flatMap((row) => (row.mode === "MANUAL" && row.signingSecret ? [{ secret: decryptSecret(row.signingSecret), signer: row.id }] : [])),
  ];
  const check = verifySlackSignature({ ...request, secrets: candidates.map((candidate) => candidate.secret) });
  if (!check.ok) throw new AppError("UNAUTHORIZED", check.reason === "stale" ? "Slack request timestamp is too old or in the future" : "Invalid Slack signature");
  return candidates.filter((candidate) => candidate.secret === check.secret).map((candidate) => candidate.signer);
}

/** Whether an installation may be acted on by a request with these signers. */
export function signedFor(signedBy: string[], installation: { id: string; mode: string }): boolean {
  return signedBy.includes(installation.id) || (installation.mode === "OAUTH" && signedBy.includes(APP_SIGNER));
}
