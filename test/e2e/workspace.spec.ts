// The workspace dashboard through the real browser: invitations, roles, API keys and switching
// between workspaces. Every test creates its own people, so tests are independent of each other.
import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";

const PASSWORD = "correct-horse-battery";

// Each browser context acts as its own client (see auth.spec.ts): sign-up is throttled per IP.
const octet = () => Math.floor(Math.random() * 254) + 1;
const randomIp = () => `10.${octet()}.${octet()}.${octet()}`;
test.use({ extraHTTPHeaders: async ({ extraHTTPHeaders }, use) => use({ ...extraHTTPHeaders, "x-forwarded-for": randomIp() }) });

const unique = () => `${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
const uniqueEmail = (label: string) => `${label}-${unique()}@example.test`;

async function newClient(browser: Browser, baseURL: string | undefined): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": randomIp() } });
  return { context, page: await context.newPage() };
}

/** Creates an account and its workspace through the API; the page's context is then signed in. */
async function signUpOwner(page: Page, workspaceName: string) {
  const email = uniqueEmail("owner");
  const response = await page.request.post("/api/signup", { data: { name: "Olive Owner", email, password: PASSWORD, workspaceName } });
  expect(response.status(), await response.text()).toBe(201);
  return email;
}

function heading(page: Page, name: string) {
  return page.getByRole("heading", { level: 1, name });
}

test("the owner invites an agent by link; the agent signs up from it and gets an agent's dashboard", async ({ page, browser, baseURL }) => {
  test.setTimeout(60_000);
  const workspace = `Acme ${unique()}`;
  await signUpOwner(page, workspace);

  await page.goto("/dashboard/members");
  await expect(page.getByTestId("members-table")).toContainText("Olive Owner");
  await page.getByRole("button", { name: "Create invitation" }).click();
  const linkField = page.getByTestId("invitation-link");
  await expect(linkField).toHaveValue(/\/invite\//);
  const link = await linkField.inputValue();
  await expect(page.getByTestId("invitations-list")).toContainText("Open link (single use)");

  const agent = await newClient(browser, baseURL);
  try {
    const { page: agentPage } = agent;
    await agentPage.goto(new URL(link).pathname);
    await expect(agentPage.getByTestId("invitation-summary")).toHaveText(`Olive Owner invited you to join ${workspace} as agent.`);
    await agentPage.getByRole("link", { name: "Create account" }).click();
    await expect(agentPage).toHaveURL(/\/sign-up\?invite=/);
    await expect(agentPage.getByLabel("Workspace name")).toHaveCount(0);
    await agentPage.getByLabel("Your name").fill("Alex Agent");
    await agentPage.getByLabel("Work email").fill(uniqueEmail("agent"));
    await agentPage.getByLabel("Password", { exact: true }).fill(PASSWORD);
    await agentPage.getByRole("button", { name: "Create account and join" }).click();

    await expect(agentPage).toHaveURL(/\/dashboard$/);
    await expect(heading(agentPage, workspace)).toBeVisible();
    await expect(agentPage.getByTestId("workspace-switcher")).toContainText("Agent");

    // Agents do not manage the workspace: no API keys in the nav, a clear state if they go there,
    // a read-only settings form, and the API refuses the change.
    await expect(agentPage.getByRole("link", { name: "API keys" })).toHaveCount(0);
    await agentPage.goto("/dashboard/api-keys");
    await expect(agentPage.getByText("Only owners and admins can manage API keys")).toBeVisible();
    await agentPage.getByRole("link", { name: "Settings" }).click();
    await expect(agentPage.getByText("Only owners and admins can change settings")).toBeVisible();
    await expect(agentPage.getByLabel("Workspace name")).toHaveValue(workspace);
    await expect(agentPage.getByLabel("Workspace name")).toBeDisabled();
    await expect(agentPage.getByRole("button", { name: "Save changes" })).toHaveCount(0);

    const patch = await agentPage.request.patch("/api/workspace", { data: { name: "Taken over" } });
    expect(patch.status()).toBe(403);
    expect((await patch.json()).error.code).toBe("FORBIDDEN");
    const keys = await agentPage.request.get("/api/workspace/api-keys");
    expect(keys.status()).toBe(403);
  } finally {
    await agent.context.close();
  }

  // The owner sees the new agent, and the link is used up.
  await page.reload();
  await expect(page.getByTestId("members-table")).toContainText("Alex Agent");
  await expect(page.getByText("No pending invitations")).toBeVisible();
  const reopened = await newClient(browser, baseURL);
  try {
    await reopened.page.goto(new URL(link).pathname);
    await expect(reopened.page.getByRole("heading", { name: "This invitation has expired" })).toBeVisible();
  } finally {
    await reopened.context.close();
  }
});

test("a signed-in user accepts an emailed invitation and switches between their workspaces", async ({ page, browser, baseURL }) => {
  test.setTimeout(60_000);
  const alpha = `Alpha ${unique()}`;
  const beta = `Beta ${unique()}`;
  await signUpOwner(page, alpha);

  const other = await newClient(browser, baseURL);
  try {
    const { page: otherPage } = other;
    const email = await signUpOwner(otherPage, beta);

    await page.goto("/dashboard/members");
    await page.getByLabel("Email (optional)").fill(email);
    await page.getByLabel("Role", { exact: true }).selectOption("admin");
    await page.getByRole("button", { name: "Create invitation" }).click();
    await expect(page.getByText(`Invitation sent to ${email}`)).toBeVisible();
    const link = await page.getByTestId("invitation-link").inputValue();
    await expect(page.getByTestId("invitations-list")).toContainText(email);

    await otherPage.goto(new URL(link).pathname);
    await expect(otherPage.getByTestId("invitation-summary")).toContainText(`join ${alpha} as admin`);
    await otherPage.getByRole("button", { name: "Accept invitation" }).click();
    await expect(otherPage).toHaveURL(/\/dashboard$/);
    await expect(heading(otherPage, alpha)).toBeVisible();
    await expect(otherPage.getByTestId("workspace-switcher")).toContainText("Admin");

    // The switcher lists both workspaces; picking one changes the whole dashboard.
    await otherPage.getByTestId("workspace-switcher").click();
    const items = otherPage.getByRole("menuitemradio");
    await expect(items).toHaveCount(2);
    await expect(otherPage.getByRole("menuitemradio", { name: alpha })).toHaveAttribute("aria-checked", "true");
    await otherPage.getByRole("menuitemradio", { name: beta }).click();
    await expect(heading(otherPage, beta)).toBeVisible();
    await expect(otherPage.getByTestId("active-workspace-name")).toHaveText(beta);
    await expect(otherPage.getByTestId("workspace-switcher")).toContainText("Owner");

    // The choice is kept by the session, not only in the page.
    await otherPage.reload();
    await expect(heading(otherPage, beta)).toBeVisible();

    // Keyboard: open the switcher with the arrow key and go back to Alpha.
    await otherPage.getByTestId("workspace-switcher").focus();
    await otherPage.keyboard.press("ArrowDown");
    await expect(otherPage.getByRole("menuitemradio", { name: beta })).toBeFocused();
    await otherPage.keyboard.press("ArrowDown");
    await otherPage.keyboard.press("Enter");
    await expect(heading(otherPage, alpha)).toBeVisible();

    // A third workspace from the "Create workspace" dialog becomes the active one.
    const gamma = `Gamma ${unique()}`;
    await otherPage.getByTestId("workspace-switcher").click();
    await otherPage.getByRole("menuitem", { name: "Create workspace" }).click();
    const dialog = otherPage.getByRole("dialog", { name: "Create a workspace" });
    await expect(dialog.getByLabel("Workspace name")).toBeFocused();
    await otherPage.keyboard.type(gamma);
    await otherPage.keyboard.press("Enter");
    await expect(heading(otherPage, gamma)).toBeVisible();
    await expect(dialog).toBeHidden();
    await otherPage.getByTestId("workspace-switcher").click();
    await expect(otherPage.getByRole("menuitemradio")).toHaveCount(3);
  } finally {
    await other.context.close();
  }
});

test("the owner creates an API key that is shown once, uses it, and revokes it", async ({ page }) => {
  const workspace = `Keys ${unique()}`;
  await signUpOwner(page, workspace);

  await page.goto("/dashboard/api-keys");
  await expect(page.getByText("No API keys yet")).toBeVisible();
  await page.getByLabel("Key name").fill("Production backend");
  await page.getByRole("button", { name: "Create key" }).click();

  const box = page.getByTestId("new-api-key");
  await expect(box).toContainText("you will not be able to see it again");
  const key = await page.getByTestId("new-api-key-value").inputValue();
  expect(key).toMatch(/^bk_/);
  await expect(page.getByTestId("api-keys-table")).toContainText("Production backend");

  const authorized = await page.request.get("/api/v1/workspace", { headers: { authorization: `Bearer ${key}` } });
  expect(authorized.status()).toBe(200);
  expect((await authorized.json()).name).toBe(workspace);

  // Shown once: after "I have copied it" or a reload the full key is nowhere on the page.
  await page.getByRole("button", { name: "I have copied it" }).click();
  await expect(box).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId("api-keys-table")).toContainText(key.slice(0, 10));
  expect(await page.content()).not.toContain(key);

  await page.getByRole("button", { name: "Revoke Production backend" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Revoke key" }).click();
  await expect(page.getByText("No API keys yet")).toBeVisible();
  const revoked = await page.request.get("/api/v1/workspace", { headers: { authorization: `Bearer ${key}` } });
  expect(revoked.status()).toBe(401);
});

test("the owner saves settings, changes a member's role and removes a member", async ({ page, browser, baseURL }) => {
  test.setTimeout(60_000);
  const workspace = `Settings ${unique()}`;
  await signUpOwner(page, workspace);

  await page.goto("/dashboard/settings");
  await page.getByLabel("Bot name").fill("Penny");
  await page.getByLabel("Escalation timeout (minutes)").fill("12");
  await page.getByLabel("Capture leads after hours").uncheck();
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Settings saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Bot name")).toHaveValue("Penny");
  await expect(page.getByLabel("Escalation timeout (minutes)")).toHaveValue("12");
  await expect(page.getByLabel("Capture leads after hours")).not.toBeChecked();
  await expect(page.getByText("updated workspace settings")).toBeVisible();

  // A second person joins through an invitation created with the API.
  const invitation = await page.request.post("/api/workspace/invitations", { data: { role: "agent" } });
  expect(invitation.status()).toBe(201);
  const { id: invitationId } = (await invitation.json()) as { id: string };
  const member = await newClient(browser, baseURL);
  try {
    const joined = await member.page.request.post("/api/signup", {
      data: { name: "Mia Member", email: uniqueEmail("member"), password: PASSWORD, invitationId },
    });
    expect(joined.status(), await joined.text()).toBe(201);
  } finally {
    await member.context.close();
  }

  await page.goto("/dashboard/members");
  const role = page.getByLabel("Role of Mia Member");
  await expect(role).toHaveValue("agent");
  await role.selectOption("admin");
  await expect(role).toBeEnabled();
  await page.reload();
  await expect(page.getByLabel("Role of Mia Member")).toHaveValue("admin");

  await page.getByRole("button", { name: "Remove Mia Member" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Remove member" }).click();
  await expect(page.getByTestId("members-table")).not.toContainText("Mia Member");
  await page.reload();
  await expect(page.getByTestId("members-table")).not.toContainText("Mia Member");
});

test("an unknown invitation link says so", async ({ page }) => {
  await page.goto("/invite/not-a-real-invitation");
  await expect(page.getByRole("heading", { name: "Invitation not found" })).toBeVisible();
});
