// The embeddable widget on a customer's page: a host page on another origin embeds the one-line
// script; the launcher, the chat iframe, the knowledge-base answers, history across reloads,
// the human handoff and a reconnect that loses and duplicates nothing.
// The host page is served by Playwright itself (page.route) at http://localhost:3000, an origin in
// the demo inbox's allowed origins (prisma/seed-demo.ts); widget.js, the iframe, the API and the
// socket are the real server's (baseURL). Needs `npm run build:widget` before the run.
import { readFileSync } from "node:fs";
import { expect, test, type Page, type WebSocketRoute } from "@playwright/test";
import { DEMO_WIDGET_KEY } from "../../prisma/seed-demo";

const HOST_ORIGIN = "http://localhost:3000";
const HOST_PAGE = readFileSync(new URL("./fixtures/host-page.html", import.meta.url), "utf8");

// The host page is fulfilled by Playwright, so Chromium counts it as a public website, and its
// Local Network Access checks would block a public page from loading scripts from localhost
// (as they would for a real site and a Baton on a private network). In production Baton is public.
test.use({
  launchOptions: [
    async ({ launchOptions }, use) =>
      use({ ...launchOptions, args: [...(launchOptions.args ?? []), "--disable-features=LocalNetworkAccessChecks,BlockInsecurePrivateNetworkRequests"] }),
    { scope: "worker" },
  ],
});

// No extraHTTPHeaders here (other specs spoof x-forwarded-for): an extra header would turn the
// loader's CORS calls into preflighted ones the server rightly refuses. A handful of sessions
// stays far below the per-IP limit.

async function openHostPage(page: Page, baseURL: string | undefined) {
  const body = HOST_PAGE.replaceAll("{{BATON}}", baseURL ?? "").replaceAll("{{KEY}}", DEMO_WIDGET_KEY);
  await page.route(`${HOST_ORIGIN}/**`, (route) => route.fulfill({ contentType: "text/html; charset=utf-8", body }));
  await page.goto(`${HOST_ORIGIN}/shop`);
}

const launcher = (page: Page) => page.locator("baton-widget").getByRole("button", { name: /Chat with us/ });
const chat = (page: Page) => page.frameLocator("baton-widget iframe");

async function ask(page: Page, text: string) {
  const box = chat(page).getByRole("textbox", { name: "Write a message…" });
  await box.fill(text);
  await box.press("Enter");
}

test("the launcher loads alone; the chat is fetched on hover and opens on click", async ({ page, baseURL }) => {
  const fetched: string[] = [];
  page.on("request", (request) => {
    if (baseURL && request.url().startsWith(baseURL)) fetched.push(new URL(request.url()).pathname);
  });
  await openHostPage(page, baseURL);
  await expect(launcher(page)).toBeVisible();
  expect(fetched).toEqual(["/widget.js", "/api/widget/session"]);

  await launcher(page).hover();
  await expect.poll(() => fetched).toContain("/widget/frame.html");
  await launcher(page).click();

  const frame = chat(page);
  await expect(frame.getByText("Hi! I'm Northwind's AI assistant.")).toBeVisible();
  await expect(frame.getByText(/AI assistant · A human is one click away/)).toBeVisible();
  await expect(frame.getByRole("button", { name: "Talk to a human" })).toBeVisible();
  await expect(frame.getByRole("textbox", { name: "Write a message…" })).toBeFocused();
  expect(await page.evaluate(() => (window as unknown as { batonEvents: string[] }).batonEvents)).toContain("open");

  await page.keyboard.press("Escape");
  await expect(launcher(page)).toBeFocused();
});

test("a knowledge-base question gets its answer, an unknown one an honest answer and a human; reload keeps it all", async ({ page, baseURL }) => {
  await openHostPage(page, baseURL);
  await launcher(page).click();
  const frame = chat(page);

  await ask(page, "How long does delivery take?");
  await expect(frame.locator(".row.bot .md").filter({ hasText: "3-5 business days" })).toHaveCount(1);

  await ask(page, "Can you recommend a good sci-fi novel about whales?");
  await expect(frame.locator(".row.bot .md").filter({ hasText: /not sure/i })).toHaveCount(1);
  await expect(frame.locator(".offer")).toBeVisible();

  await page.reload();
  await launcher(page).click();
  await expect(frame.locator(".row.visitor")).toHaveCount(2);
  await expect(frame.locator(".row.bot .md").filter({ hasText: "3-5 business days" })).toHaveCount(1);
});

test("Talk to a human queues the conversation and tells the host page", async ({ page, baseURL }) => {
  await openHostPage(page, baseURL);
  await launcher(page).click();
  const frame = chat(page);
  await frame.getByRole("button", { name: "Talk to a human" }).click();
  await expect(frame.locator(".queue")).toContainText(/in line|team member/);
  await expect.poll(() => page.evaluate(() => (window as unknown as { batonEvents: string[] }).batonEvents)).toContain("handoff:QUEUED");
});

test("an answer published while the socket is down arrives once, after the reconnect", async ({ page, baseURL }) => {
  let down = false;
  const sockets: WebSocketRoute[] = [];
  // Socket.IO starts on HTTP long-polling and upgrades to a WebSocket: cut both.
  await page.route(/\/socket\.io\//, (route) => (down ? route.abort() : route.continue()));
  await page.routeWebSocket(/\/socket\.io\//, (ws) => {
    if (down) return void ws.close();
    ws.connectToServer();
    sockets.push(ws);
  });
  await openHostPage(page, baseURL);
  await launcher(page).click();
  const frame = chat(page);
  await ask(page, "Do you ship abroad?");
  await expect(frame.locator(".row.bot .md").filter({ hasText: "30 countries" })).toHaveCount(1);

  down = true;
  for (const ws of sockets) await ws.close();
  await ask(page, "How much is shipping?"); // REST still works; the answer is published to no socket
  await expect(frame.locator(".row.visitor")).toHaveCount(2);
  await expect(frame.getByRole("status").filter({ hasText: "Reconnecting…" })).toBeVisible();
  down = false; // the client's reconnect succeeds and resumes from the last seq it saw

  await expect(frame.locator(".row.bot .md").filter({ hasText: "free on orders over $50" })).toHaveCount(1, { timeout: 20_000 });
  await expect(frame.getByText("Reconnecting…")).toBeHidden();
  await expect(frame.locator(".row.bot .md").filter({ hasText: "30 countries" })).toHaveCount(1);
  await expect(frame.locator(".row.visitor")).toHaveCount(2);
});
