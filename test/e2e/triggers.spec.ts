// The handoff rules page through the real browser, as the demo workspace's owner (Northwind
// Outfitters starts with the 7 default rules). The rule added here is deleted again; the one
// widget conversation it creates to back-test against stays, like a real visitor's would.
import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";

const DEMO_PASSWORD = "baton-demo-2026";
const OWNER = "demo@baton.local";

// Sign-in is throttled per IP and email: each test acts as its own client (see auth.spec.ts).
const octet = () => Math.floor(Math.random() * 254) + 1;
test.use({ extraHTTPHeaders: async ({ extraHTTPHeaders }, use) => use({ ...extraHTTPHeaders, "x-forwarded-for": `10.${octet()}.${octet()}.${octet()}` }) });

async function signIn(page: Page, email: string, path: string) {
  await page.goto(`/sign-in?next=${encodeURIComponent(path)}`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`${path}$`));
}

async function simulate(page: Page, text: string) {
  await page.getByRole("button", { name: "Clear conversation" }).click();
  await page.getByLabel("Message 1", { exact: true }).fill(text);
  await page.getByRole("button", { name: "Evaluate" }).click();
}

test("the rules list shows the default rules and the simulator explains its decision", async ({ page }) => {
  await signIn(page, OWNER, "/dashboard/triggers");
  await expect(page.getByRole("heading", { level: 1, name: "Handoff rules" })).toBeVisible();
  const list = page.getByTestId("rule-list");
  await expect(list).toContainText("Visitor asks for a person");
  await expect(list).toContainText("Sales lead (custom pricing, volume, demo, viewing, partnership)");
  await expect(list).toContainText("Hand off · team Sales");
  expect(await page.getByTestId("rule").count()).toBeGreaterThanOrEqual(7);

  await simulate(page, "can I talk to a real person?");
  await expect(page.getByTestId("simulation-decision")).toHaveText("Escalate");
  await expect(page.getByTestId("simulation-reasons")).toContainText("explicit_request");
  await expect(page.getByTestId("simulation-reasons")).toContainText("Visitor asks for a person");

  await simulate(page, "what are your opening hours?");
  await expect(page.getByTestId("simulation-decision")).toHaveText("No escalation");
  await expect(page.getByText("No rule fired")).toBeVisible();
  await page.screenshot({ path: "/tmp/triggers-page.png", fullPage: true });
});

test("the owner back-tests a keyword rule, saves, disables and deletes it", async ({ page }) => {
  // A conversation for the back-test to find, through the widget's own API.
  const session = await page.request.post("/api/widget/session", { headers: { origin: "http://localhost:3000" }, data: { publicKey: "pk_demo_northwind" } });
  expect(session.ok()).toBe(true);
  const { token } = (await session.json()) as { token: string };
  const posted = await page.request.post("/api/widget/messages", { headers: { authorization: `Bearer ${token}` }, data: { clientId: randomUUID(), text: "my parcel is lost" } });
  expect(posted.status()).toBe(201);

  const name = `Lost parcels ${Date.now().toString(36)}`;
  await signIn(page, OWNER, "/dashboard/triggers");
  try {
    await page.getByRole("button", { name: "New rule" }).click();
    const dialog = page.getByRole("dialog", { name: "New rule" });
    await dialog.getByLabel("Name").fill(name);
    await dialog.getByLabel("Reason").selectOption("sensitive_topic");
    await dialog.getByLabel("Action").selectOption("route_team");
    await dialog.getByLabel("Team").fill("Logistics");

    // Invalid JSON is caught before any request.
    await dialog.getByLabel("Conditions (JSON)").fill("{ keywords: ");
    await dialog.getByRole("button", { name: "Back-test" }).click();
    await expect(dialog.getByText(/Not valid JSON/)).toBeVisible();

    await dialog.getByLabel("Conditions (JSON)").fill('{ "keywords": { "any": { "en": ["*parcel*"] } } }');
    await dialog.getByRole("button", { name: "Back-test" }).click();
    const result = dialog.getByTestId("backtest-result");
    await expect(result).toContainText("Would have escalated");
    await expect(result).toContainText("my parcel is lost");

    await dialog.getByRole("button", { name: "Add rule" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText(`Added “${name}”.`)).toBeVisible();
    const row = page.getByTestId("rule").filter({ hasText: name });
    await expect(row).toContainText("Route to team · team Logistics");

    const toggle = page.getByRole("switch", { name: `Use “${name}”` });
    await expect(toggle).toHaveAttribute("aria-checked", "true");
    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-checked", "false");
    await page.reload();
    await expect(page.getByTestId("rule").filter({ hasText: name })).toContainText("Disabled");

    await page.getByRole("button", { name: `Delete ${name}` }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Delete rule" }).click();
    await expect(page.getByText(`Deleted “${name}”.`)).toBeVisible();
    await expect(page.getByTestId("rule").filter({ hasText: name })).toHaveCount(0);
  } finally {
    const rules = (await (await page.request.get("/api/triggers/rules")).json()) as Array<{ id: string; name: string }>;
    for (const rule of rules.filter((item) => item.name === name)) await page.request.delete(`/api/triggers/rules/${rule.id}`);
  }
});
