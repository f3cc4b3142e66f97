// Sign-in, sign-up, sign-out and password reset through the real browser against a production
// build with the demo workspace seeded (prisma/seed-demo.ts).
import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { E2E_ENV } from "../../playwright.config";

const DEMO_PASSWORD = "baton-demo-2026";
const PASSWORD = "correct-horse-battery";

// Sign-in is throttled per IP and email, sign-up per IP, and every request here comes from
// localhost: each test acts as its own client so reruns within the window never hit the limits.
const octet = () => Math.floor(Math.random() * 254) + 1;
test.use({ extraHTTPHeaders: async ({ extraHTTPHeaders }, use) => use({ ...extraHTTPHeaders, "x-forwarded-for": `10.${octet()}.${octet()}.${octet()}` }) });

const uniqueEmail = (label: string) => `${label}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.test`;

async function signIn(page: Page, email: string, password: string) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("the demo owner signs in, sees Northwind Outfitters, and signs out", async ({ page }) => {
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { name: "Sign in to Baton" })).toBeVisible();
  await signIn(page, "demo@baton.local", DEMO_PASSWORD);

  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { level: 1, name: "Northwind Outfitters" })).toBeVisible();
  await expect(page.getByTestId("workspace-switcher")).toContainText("Owner");
  await expect(page.getByRole("link", { name: "API keys" })).toBeVisible();

  await page.getByTestId("user-menu").click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);

  // The session is gone: the dashboard sends the visitor back to sign in.
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fdashboard$/);
});

test("a wrong password shows an error and stays on sign-in", async ({ page }) => {
  await page.goto("/sign-in");
  await signIn(page, "ana@baton.local", "not-the-password");
  await expect(page.getByText("Invalid email or password")).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
});

test("sign-in returns to the page that asked for it", async ({ page }) => {
  await page.goto("/dashboard/members");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fdashboard%2Fmembers$/);
  await signIn(page, "omar@baton.local", DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/dashboard\/members$/);
  await expect(page.getByRole("heading", { level: 1, name: "Members" })).toBeVisible();
  await expect(page.getByTestId("members-table")).toContainText("Dana Owner");
});

test("a new visitor signs up with a workspace and lands on its dashboard as owner", async ({ page }) => {
  const workspace = `Acme ${Date.now()}`;
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill("Nora Founder");
  await page.getByLabel("Work email").fill(uniqueEmail("owner"));
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByLabel("Workspace name").fill(workspace);
  await page.getByRole("button", { name: "Create account" }).click();

  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { level: 1, name: workspace })).toBeVisible();
  await expect(page.getByTestId("workspace-switcher")).toContainText("Owner");
  // A new workspace starts with the setup checklist, nothing done yet.
  await expect(page.getByRole("heading", { name: "Set up your workspace" })).toBeVisible();
  await expect(page.getByTestId("onboarding-progress")).toHaveText("0 of 6 done");
  await expect(page.getByText("Invite your agents")).toBeVisible();
});

test("signing up with an email that already has an account says so", async ({ page }) => {
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill("Someone Else");
  await page.getByLabel("Work email").fill("demo@baton.local");
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByLabel("Workspace name").fill("Copycat");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText(/already exists/i)).toBeVisible();
  await expect(page).toHaveURL(/\/sign-up$/);
});

test("a forgotten password is reset through the emailed link", async ({ page }) => {
  const email = uniqueEmail("reset");
  const signup = await page.request.post("/api/signup", { data: { name: "Rita Reset", email, password: PASSWORD, workspaceName: "Reset Co" } });
  expect(signup.status()).toBe(201);
  await page.context().clearCookies();

  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Forgot password?" }).click();
  // Wait for the new page: the sign-in form also has an Email field.
  await expect(page.getByRole("heading", { name: "Reset your password" })).toBeVisible();
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expect(page.getByText(`If an account exists for ${email}`)).toBeVisible();
  await expect(page.getByText("written to the Baton server log")).toBeVisible();

  // Without SMTP the link only reaches the server log; the token it carries is in the database.
  const client = new pg.Client({ connectionString: E2E_ENV.DATABASE_URL });
  await client.connect();
  const { rows } = await client
    .query<{ identifier: string }>(
      `SELECT v.identifier FROM "Verification" v JOIN "User" u ON u.id = v.value
       WHERE u.email = $1 AND v.identifier LIKE 'reset-password:%' ORDER BY v."createdAt" DESC LIMIT 1`,
      [email],
    )
    .finally(() => client.end());
  const token = rows[0]?.identifier.replace("reset-password:", "");
  expect(token).toBeTruthy();

  // The emailed URL: better-auth checks the token, then redirects to /reset-password?token=...
  await page.goto(`/api/auth/reset-password/${token}?callbackURL=%2Freset-password`);
  await expect(page).toHaveURL(/\/reset-password\?token=/);
  await page.getByLabel("New password", { exact: true }).fill("a-brand-new-password");
  await page.getByLabel("Confirm new password", { exact: true }).fill("a-different-password");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("The two passwords do not match")).toBeVisible();
  await page.getByLabel("Confirm new password", { exact: true }).fill("a-brand-new-password");
  await page.getByRole("button", { name: "Change password" }).click();

  await expect(page).toHaveURL(/\/sign-in\?reset=1$/);
  await expect(page.getByText("Your password was changed")).toBeVisible();
  await signIn(page, email, "a-brand-new-password");
  await expect(page.getByRole("heading", { level: 1, name: "Reset Co" })).toBeVisible();
});

test("a used or unknown reset link offers a new one", async ({ page }) => {
  await page.goto("/reset-password?error=INVALID_TOKEN");
  await expect(page.getByRole("heading", { name: "This link has expired" })).toBeVisible();
  await page.getByRole("link", { name: "Send a new link" }).click();
  await expect(page).toHaveURL(/\/forgot-password$/);
});
