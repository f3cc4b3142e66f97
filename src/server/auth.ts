// Identity: users, sessions, passwords and password reset, by better-auth on our Prisma models.
// Workspaces, memberships and invitations are Baton's own (features/tenants) so the product's
// roles, tenant scoping and error envelope are enforced in one place (auth-context.ts).
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { db } from "./db";
import { env } from "./env";
import { logger } from "./logger";
import { sendEmail } from "./mailer";

const ONE_HOUR = 60 * 60;

export const auth = betterAuth({
  appName: "Baton",
  baseURL: env.PUBLIC_URL,
  basePath: "/api/auth",
  secret: env.BETTER_AUTH_SECRET,
  trustedOrigins: [env.PUBLIC_URL],
  database: prismaAdapter(db, { provider: "postgresql" }),
  emailAndPassword: {
    enabled: true,
    minPasswordLength: 8,
    maxPasswordLength: 128,
    resetPasswordTokenExpiresIn: ONE_HOUR,
    revokeSessionsOnPasswordReset: true,
    sendResetPassword: async ({ user, url }) => {
      await sendEmail({
        to: user.email,
        subject: "Reset your Baton password",
        text: `Someone asked to reset the password of your Baton account.\n\nReset it here (valid for one hour): ${url}\n\nIf it was not you, ignore this email.`,
      });
    },
  },
  session: {
    expiresIn: 14 * 24 * ONE_HOUR,
    updateAge: 24 * ONE_HOUR,
    additionalFields: { activeOrganizationId: { type: "string", required: false, input: false } },
  },
  user: {
    additionalFields: {
      languages: { type: "string[]", required: false, input: false },
    },
  },
  advanced: {
    cookiePrefix: "baton",
    useSecureCookies: env.PUBLIC_URL.startsWith("https://"),
  },
  // Login throttling is done with Redis in the auth route (shared by every web process).
  rateLimit: { enabled: false },
  telemetry: { enabled: false },
  // better-auth's own messages ("Invalid password") go to our log at debug: they are expected events.
  logger: { log: (level, message) => logger[level === "error" ? "error" : "debug"]({ auth: true }, message) },
});

export type AuthSession = NonNullable<Awaited<ReturnType<typeof auth.api.getSession>>>;

export async function getSessionFromHeaders(headers: Headers): Promise<AuthSession | null> {
  return auth.api.getSession({ headers });
}
