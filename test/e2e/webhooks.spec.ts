// Settings > Webhooks, API key scopes and the audit log through the real browser and the real
// server (its worker runs in the web process): an owner adds an endpoint, copies the secret shown
// once, sends a test event to a receiver in this process that checks the signature, and sees the
// delivery; creates a read-only key that the API refuses for writes; finds both in the audit log.
import { createHmac } from "node:crypto";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type Page } from "@playwright/test";

const octet = () => Math.floor(Math.random() * 254) + 1;
test.use({ extraHTTPHeaders: { "x-forwarded-for": `10.${octet()}.${octet()}.${octet()}` } });
const unique = () => `${Date.now()}-${Math.floor(Math.random() * 1e6)}`;

let receiver: Server;
let receiverUrl: string;
const received: Array<{ headers: IncomingHttpHeaders; body: string }> = [];

test.beforeAll(async () => {
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString("utf8") });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
});

test.afterAll(async () => {
  await new Promise((resolve) => receiver?.close(resolve));
});

async function signUpOwner(page: Page) {
  const response = await page.request.post("/api/signup", {
    data: { name: "Olive Owner", email: `hooks-${unique()}@example.test`, password: "correct-horse-battery", workspaceName: `Hooks ${unique()}` },
  });
  expect(response.status(), await response.text()).toBe(201);
}

test("an owner adds a signed webhook, tests it, scopes a key and reads the audit log", async ({ page }) => {
  test.setTimeout(60_000);
  await signUpOwner(page);

  await page.goto("/dashboard/webhooks");
  await expect(page.getByText("No endpoints yet")).toBeVisible();
  await page.getByLabel("Endpoint URL").fill(receiverUrl);
  await page.getByLabel("Description").fill("CRM sync");
  await page.getByLabel(/Message created/).check();
  await page.getByRole("button", { name: "Add endpoint" }).click();
  const secret = await page.getByTestId("new-webhook-secret-value").inputValue();
  expect(secret).toMatch(/^whsec_/);
  const card = page.getByTestId("webhook-endpoint");
  await expect(card).toContainText(receiverUrl);
  await expect(card).toContainText("message.created");
  await page.getByRole("button", { name: "I have copied it" }).click();

  await card.getByRole("button", { name: "Send test event" }).click();
  await expect(card.getByText("Test event queued")).toBeVisible();
  await expect.poll(() => received.length, { timeout: 15_000 }).toBeGreaterThan(0);
  const [request] = received;
  const timestamp = String(request!.headers["baton-webhook-timestamp"]);
  expect(request!.headers["baton-webhook-signature"]).toBe("v1=" + createHmac("sha256", secret).update(`${timestamp}.${request!.body}`).digest("hex"));
  expect(JSON.parse(request!.body)).toEqual(expect.objectContaining({ type: "webhook.test", id: request!.headers["baton-webhook-id"] }));
  await expect(async () => {
    await card.getByRole("button", { name: "Refresh" }).click();
    await expect(card.getByTestId("webhook-delivery-row").first()).toContainText("Sent", { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await expect(card.getByTestId("webhook-delivery-row").first()).toContainText("204");
  // The secret is shown once: after a reload it is nowhere on the page.
  await page.reload();
  await expect(page.getByTestId("webhook-endpoint")).toContainText(receiverUrl);
  expect(await page.content()).not.toContain(secret);

  await page.goto("/dashboard/api-keys");
  await page.getByLabel("Key name").fill("Reporting");
  await expect(page.getByRole("checkbox", { name: /conversations:read/ })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: /conversations:write/ })).not.toBeChecked();
  await page.getByRole("checkbox", { name: /knowledge:read/ }).uncheck();
  await page.getByRole("button", { name: "Create key" }).click();
  const key = await page.getByTestId("new-api-key-value").inputValue();
  await expect(page.getByTestId("api-key-scopes").first()).toHaveText("conversations:read");
  const headers = { authorization: `Bearer ${key}` };
  expect((await page.request.get("/api/v1/conversations", { headers })).status()).toBe(200);
  const refused = await page.request.get("/api/v1/knowledge", { headers });
  expect(refused.status()).toBe(403);
  expect((await refused.json()).error.message).toContain("knowledge:read");

  await page.goto("/dashboard/audit");
  const table = page.getByTestId("audit-table");
  await expect(table).toContainText("added a webhook endpoint");
  await expect(table).toContainText("created an API key");
  await expect(table).toContainText("Olive Owner");
  await page.getByLabel("Action").selectOption("webhook.created");
  await expect(table).not.toContainText("created an API key");
  await expect(table).toContainText("added a webhook endpoint");
});
