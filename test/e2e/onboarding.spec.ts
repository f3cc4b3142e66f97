// A new owner sets Baton up from an empty workspace by following the dashboard's checklist only:
// sample knowledge, a question to the bot, the widget installed on a website, Slack/WhatsApp
// skipped, an agent invited, and a test handoff whose every step shows up as it completes.
import { readFileSync } from "node:fs";
import { expect, test, type Browser, type Page } from "@playwright/test";

const PASSWORD = "correct-horse-battery";
const HOST_ORIGIN = "https://shop.example";
const HOST_PAGE = readFileSync(new URL("./fixtures/host-page.html", import.meta.url), "utf8");

// Sign-up is throttled per IP: this spec's dashboard is its own client (widget-embed.spec.ts
// explains why the host page's context must not carry this header).
const octet = () => Math.floor(Math.random() * 254) + 1;
const dashboardIp = `10.${octet()}.${octet()}.${octet()}`;

// The host page is served by Playwright as a public website loading Baton from localhost.
test.use({
  launchOptions: [
    async ({ launchOptions }, use) =>
      use({ ...launchOptions, args: [...(launchOptions.args ?? []), "--disable-features=LocalNetworkAccessChecks,BlockInsecurePrivateNetworkRequests"] }),
    { scope: "worker" },
  ],
});

const step = (page: Page, id: string) => page.locator(`[data-testid="onboarding-step"][data-step="${id}"]`);
const progress = (page: Page) => page.getByTestId("onboarding-progress");

async function openStep(page: Page, id: string, title: string) {
  const header = step(page, id).getByTestId("onboarding-step-toggle");
  await expect(header).toContainText(title);
  if ((await header.getAttribute("aria-expanded")) !== "true") await header.click();
}

/** The snippet as the owner copied it, pasted into a page of their own website. */
async function visitWebsiteWithSnippet(browser: Browser, snippet: string) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const body = HOST_PAGE.replace(/<script>[\s\S]*?<\/script>\s*<script src="\{\{BATON\}\}[^>]*><\/script>/, () => snippet);
    await page.route(`${HOST_ORIGIN}/**`, (route) => route.fulfill({ contentType: "text/html; charset=utf-8", body }));
    const session = page.waitForResponse((response) => response.url().endsWith("/api/widget/session") && response.request().method() === "POST");
    await page.goto(`${HOST_ORIGIN}/shop`);
    expect((await session).status()).toBe(200);
    await expect(page.locator("baton-widget")).toHaveCount(1);
  } finally {
    await context.close();
  }
}

test("a new owner completes onboarding from the checklist alone, and the test handoff shows every step", async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": dashboardIp }, permissions: ["clipboard-read", "clipboard-write"] });
  const page = await context.newPage();

  // Sign up, as anyone arriving at Baton would.
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill("Nora Founder");
  await page.getByLabel("Work email").fill(`onboarding-${Date.now()}-${octet()}@example.test`);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByLabel("Workspace name").fill(`Fresh Shop ${Date.now()}`);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);

  const checklist = page.getByTestId("onboarding-checklist");
  await expect(checklist.getByRole("heading", { name: "Set up your workspace" })).toBeVisible();
  await expect(progress(page)).toHaveText("0 of 6 done");
  await expect(step(page, "connect_channel")).toContainText("Optional");

  // 1. Knowledge: the first step is open; start from the samples.
  await step(page, "knowledge").getByRole("button", { name: "Add sample entries" }).click();
  await expect(step(page, "knowledge")).toHaveAttribute("data-state", "done");
  await expect(step(page, "knowledge")).toContainText("6 entries");
  await expect(progress(page)).toHaveText("1 of 6 done");

  // 2. Try the bot: the real widget API and responder answer from the samples.
  await openStep(page, "try_bot", "Try the bot");
  await page.getByLabel("Ask the bot").fill("How long does shipping take?");
  await page.getByRole("button", { name: "Send" }).click();
  await expect(page.locator('[data-testid="try-bot-message"][data-role="bot"]')).toContainText("Orders ship within 1 business day", { timeout: 20_000 });
  await expect(step(page, "try_bot")).toHaveAttribute("data-state", "done");
  await expect(progress(page)).toHaveText("2 of 6 done");

  // 3. Install the widget: copy the snippet, put it on the website, and a visitor there completes the step.
  await openStep(page, "install_widget", "Install the widget");
  const snippet = await page.getByTestId("onboarding-snippet").innerText();
  expect(snippet).toMatch(/<script src="http:\/\/localhost:\d+\/widget\.js" data-key="pk_[^"]+" async><\/script>/);
  await step(page, "install_widget").getByRole("button", { name: "Copy" }).click();
  await expect(step(page, "install_widget").getByRole("button", { name: "Copied" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
  await visitWebsiteWithSnippet(browser, snippet);
  await page.reload();
  await expect(step(page, "install_widget")).toHaveAttribute("data-state", "done");
  await expect(step(page, "install_widget")).toContainText("Seen on https://shop.example");
  await expect(progress(page)).toHaveText("3 of 6 done");

  // 4. Slack / WhatsApp need outside accounts: skip.
  await openStep(page, "connect_channel", "Connect Slack or WhatsApp");
  await expect(step(page, "connect_channel").getByRole("link", { name: "Connect Slack" })).toHaveAttribute("href", "/dashboard/slack");
  await step(page, "connect_channel").getByRole("button", { name: "Skip for now" }).click();
  await expect(step(page, "connect_channel")).toHaveAttribute("data-state", "skipped");
  await expect(progress(page)).toHaveText("3 of 6 done · 1 skipped");

  // 5. Invite an agent from the members page the step links to, then come back.
  await openStep(page, "invite_agents", "Invite your agents");
  await step(page, "invite_agents").getByRole("link", { name: "Invite agents" }).click();
  await expect(page).toHaveURL(/\/dashboard\/members$/);
  await page.getByLabel("Email (optional)").fill(`agent-${Date.now()}@example.test`);
  await page.getByRole("button", { name: "Create invitation" }).click();
  await expect(page.getByTestId("invitation-link")).toHaveValue(/\/invite\//);
  await page.getByRole("navigation", { name: "Dashboard" }).getByRole("link", { name: "Overview" }).click();
  await expect(step(page, "invite_agents")).toHaveAttribute("data-state", "done");
  await expect(progress(page)).toHaveText("4 of 6 done · 1 skipped");

  // 6. The test handoff: every step arrives, each with a time and the ms since the start.
  await openStep(page, "test_handoff", "Run a test handoff");
  await step(page, "test_handoff").getByRole("button", { name: "Run a test handoff", exact: true }).click();
  const steps = page.getByTestId("test-step");
  await expect(steps).toHaveCount(9);
  for (const id of ["conversation", "visitor_message", "trigger", "handoff", "routed", "delivered", "claimed", "agent_reply", "resolved"]) {
    await expect(page.locator(`[data-testid="test-step"][data-step="${id}"]`)).toHaveAttribute("data-status", "done", { timeout: 20_000 });
  }
  await expect(page.locator('[data-testid="test-step"][data-step="trigger"]')).toContainText("explicit_request");
  await expect(page.locator('[data-testid="test-step"][data-step="handoff"]')).toContainText(/talk to a person/i);
  await expect(page.locator('[data-testid="test-step"][data-step="claimed"]')).toContainText("Claimed by Nora Founder");
  await expect(page.locator('[data-testid="test-step"][data-step="resolved"]')).toContainText(/\+\d+ ms/);
  await expect(page.getByText("The handoff works end to end")).toBeVisible();

  // All done except the optional step, which was skipped.
  await expect(step(page, "test_handoff")).toHaveAttribute("data-state", "done");
  await expect(progress(page)).toHaveText("5 of 6 done · 1 skipped");
  await expect(checklist.getByRole("heading", { name: "You're all set" })).toBeVisible();

  // The inbox shows the test conversation with its badge.
  await step(page, "test_handoff").getByRole("link", { name: "See it in the inbox" }).click();
  const item = page.locator('[data-testid="conversation-item"]', { hasText: "Test visitor" });
  await expect(item.getByTestId("test-badge")).toHaveText("Test");

  // Complete on arrival: the checklist keeps out of the way; Settings can still show it.
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByTestId("onboarding-checklist")).toHaveCount(0);
  await page.goto("/dashboard/settings");
  await expect(page.getByRole("button", { name: "Hide the setup checklist" })).toBeVisible();
  await context.close();
});

test("the owner can dismiss the checklist and bring it back from Settings", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": `10.${octet()}.${octet()}.${octet()}` } });
  const page = await context.newPage();
  const response = await page.request.post("/api/signup", {
    data: { name: "Dana Owner", email: `dismiss-${Date.now()}-${octet()}@example.test`, password: PASSWORD, workspaceName: `Dismiss ${Date.now()}` },
  });
  expect(response.status()).toBe(201);
  await page.goto("/dashboard");
  await page.getByTestId("onboarding-checklist").getByRole("button", { name: "Dismiss" }).click();
  await expect(page.getByTestId("onboarding-checklist")).toHaveCount(0);
  await expect(page.getByText("The setup checklist is hidden.")).toBeVisible();

  await page.goto("/dashboard/settings");
  await page.getByRole("button", { name: "Show the setup checklist" }).click();
  await expect(page.getByRole("button", { name: "Hide the setup checklist" })).toBeVisible();
  await page.goto("/dashboard");
  await expect(page.getByTestId("onboarding-checklist")).toBeVisible();
  await expect(progress(page)).toHaveText("0 of 6 done");
  await context.close();
});
