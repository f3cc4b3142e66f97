import { auth } from "@/server/auth";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { acceptInvitation, assertInvitationUsableBy } from "./accept-invitation";
import { createWorkspace } from "./create-workspace";
import { getSessionIdByToken, setSessionWorkspace } from "./tenants.repository";
import type { TSignUpInput } from "./tenants.schemas";

export interface SignUpOptions {
  input: TSignUpInput;
  /** The incoming request's headers (origin, user agent) for better-auth. */
  headers: Headers;
}

/**
 * Creates the account and signs it in, then either creates the person's workspace (they are its
 * OWNER) or accepts the invitation they came with. Returns the session cookie headers.
 */
export async function signUp({ input, headers }: SignUpOptions) {
  const { workspaceName, invitationId } = input;
  if (!workspaceName && !invitationId) throw new AppError("VALIDATION_FAILED", "workspaceName: is required");
  // Check the invitation before creating the account, so a bad link leaves no orphan account.
  if (invitationId) await assertInvitationUsableBy({ invitationId, email: input.email });
  const { headers: cookieHeaders, response } = await auth.api.signUpEmail({
    body: { name: input.name, email: input.email, password: input.password },
    headers,
    returnHeaders: true,
  });
  const userId = response.user.id;
  const organizationId = invitationId
    ? (await acceptInvitation({ userId, invitationId })).organizationId
    : (await createWorkspace({ userId, name: workspaceName ?? input.name })).id;
  const session = response.token ? await getSessionIdByToken(db, { token: response.token }) : null;
  if (session) await setSessionWorkspace(db, { sessionId: session.id, organizationId });
  return { headers: cookieHeaders, user: { id: userId, email: response.user.email, name: response.user.name }, organizationId };
}
