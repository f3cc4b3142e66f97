import * as signupRoute from "@/app/api/signup/route";
import * as invitationsRoute from "@/app/api/workspace/invitations/route";
import { call, cookieFrom } from "./routes";

// Test files run in parallel workers, each with its own copy of this module: start each copy at a
// random point so two files do not share addresses (and their sign-up rate limit).
let counter = Math.floor(Math.random() * 60_000);

/** Each simulated person comes from their own address, as real ones do (sign-up is rate limited per IP). */
export function fakeIpHeader(): Record<string, string> {
  counter += 1;
  return { "x-forwarded-for": `198.51.${Math.floor(counter / 250) % 250}.${(counter % 250) + 1}` };
}

export function uniqueEmail(label: string): string {
  counter += 1;
  return `${label}-${Date.now().toString(36)}-${counter}@example.test`;
}

export interface TestAccount {
  email: string;
  cookie: string;
  userId: string;
  organizationId: string;
}

/** Signs a new person up with their own workspace, as the sign-up page does. */
export async function signUpOwner(label: string, workspaceName = `${label} workspace`): Promise<TestAccount> {
  const email = uniqueEmail(label);
  const response = await call(signupRoute.POST, "POST", "/api/signup", {
    body: { name: label, email, password: "correct-horse-battery", workspaceName },
    headers: fakeIpHeader(),
  });
  if (response.status !== 201) throw new Error(`sign-up failed: ${response.status} ${JSON.stringify(response.body)}`);
  return { email, cookie: cookieFrom(response), userId: response.body.user.id, organizationId: response.body.organizationId };
}

/** The owner invites a new person, who signs up through the invitation link. */
export async function addMember(owner: TestAccount, role: "admin" | "agent", label: string = role): Promise<TestAccount & { invitationId: string }> {
  const email = uniqueEmail(label);
  const invitation = await call(invitationsRoute.POST, "POST", "/api/workspace/invitations", { cookie: owner.cookie, body: { email, role } });
  if (invitation.status !== 201) throw new Error(`invite failed: ${invitation.status} ${JSON.stringify(invitation.body)}`);
  const response = await call(signupRoute.POST, "POST", "/api/signup", {
    body: { name: label, email, password: "correct-horse-battery", invitationId: invitation.body.id },
    headers: fakeIpHeader(),
  });
  if (response.status !== 201) throw new Error(`invited sign-up failed: ${response.status} ${JSON.stringify(response.body)}`);
  return { email, cookie: cookieFrom(response), userId: response.body.user.id, organizationId: response.body.organizationId, invitationId: invitation.body.id };
}
