// The widget with the OpenAI-compatible responder: the answer streams into the chat as the model
// produces it, and a model answering 500 or hanging gives the visitor the polite fallback and the
// offer of a human within the configured timeout. The Baton process here is the second one started
// by test/e2e/server.ts (openai-web.ts), whose OPENAI_BASE_URL is a fake OpenAI server scripted by
// the visitor's words.
import { readFileSync } from "node:fs";
import { expect, test, type Frame, type Page } from "@playwright/test";
import { DEMO_WIDGET_KEY } from "../../prisma/seed-demo";
import { FAKE_MODEL_CUES, OPENAI_WEB_PORT, OPENAI_WEB_TIMEOUT_MS, STREAMED_ANSWER } from "./openai-web";

const BATON = `http://localhost:${OPENAI_WEB_PORT}`;
const HOST_ORIGIN = "http://localhost:3000";
const HOST_PAGE = readFileSync(new URL("./fixtures/host-page.html", import.meta.url), "utf8");
const FALLBACK = /having trouble answering right now/;

// See widget-embed.spec.ts: the host page is "public" to Chromium, Baton is on localhost.
test.use({
  launchOptions: [
    async ({ launchOptions }, use) =>
      use({ ...launchOptions, args: [...(launchOptions.args ?? []), "--disable-features=LocalNetworkAccessChecks,BlockInsecurePrivateNetworkRequests"] }),
    { scope: "worker" },
  ],
});

test.beforeAll(async ({ request }) => {
  // The second process starts after the first is healthy; give it the time a cold start takes.
  await expect
    .poll(async () => (await request.get(`${BATON}/api/health`).catch(() => null))?.status(), { timeout: 120_000, intervals: [500] })
    .toBe(200);
});

async function openChat(page: Page): Promise<Frame> {
  const body = HOST_PAGE.replaceAll("{{BATON}}", BATON).replaceAll("{{KEY}}", DEMO_WIDGET_KEY);
  await page.route(`${HOST_ORIGIN}/**`, (route) => route.fulfill({ contentType: "text/html; charset=utf-8", body }));
  await page.goto(`${HOST_ORIGIN}/shop`);
  await page.locator("baton-widget").getByRole("button", { name: /Chat with us/ }).click();
  await expect(page.frameLocator("baton-widget iframe").getByRole("textbox", { name: "Write a message…" })).toBeVisible();
  const frame = page.frames().find((f) => f.url().includes("/widget/frame.html"));
  if (!frame) throw new Error("the chat iframe did not load");
  return frame;
}

async function ask(frame: Frame, text: string) {
  const box = frame.getByRole("textbox", { name: "Write a message…" });
  await box.fill(text);
  await box.press("Enter");
}

test("the model's answer streams into the widget as it is produced", async ({ page }) => {
  const frame = await openChat(page);
  // Every text the last bot bubble shows, as the DOM changes: the streamed prefixes, then the answer.
  await frame.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { botTexts: string[] }).botTexts = seen;
    new MutationObserver(() => {
      const bubbles = document.querySelectorAll(".row.bot .md");
      const text = bubbles[bubbles.length - 1]?.textContent ?? "";
      if (text !== seen[seen.length - 1]) seen.push(text);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });

  await ask(frame, `Do your winter coats ship fast? ${FAKE_MODEL_CUES.stream}`);
  await expect(frame.locator(".row.bot .md").filter({ hasText: STREAMED_ANSWER })).toHaveCount(1, { timeout: 15_000 });

  const texts = await frame.evaluate(() => (window as unknown as { botTexts: string[] }).botTexts);
  const partial = texts.filter((text) => text.length > 0 && text !== STREAMED_ANSWER && STREAMED_ANSWER.startsWith(text.trim()));
  // 15 words at 250 ms each, flushed about every 50 ms: several growing prefixes, not one jump.
  expect(partial.length).toBeGreaterThanOrEqual(3);
  expect(texts.at(-1)).toBe(STREAMED_ANSWER);
});

for (const [cue, what] of [
  [FAKE_MODEL_CUES.fail, "answers 500"],
  [FAKE_MODEL_CUES.hang, "hangs"],
] as const) {
  test(`a model that ${what} gives the visitor the fallback and a human within the timeout`, async ({ page }) => {
    const frame = await openChat(page);
    const sent = Date.now();
    await ask(frame, `Which coat is warmest? ${cue}`);
    // The timeout, plus the time to store and deliver the fallback on a busy machine.
    await expect(frame.locator(".row.bot .md").filter({ hasText: FALLBACK })).toHaveCount(1, { timeout: OPENAI_WEB_TIMEOUT_MS + 5_000 });
    expect(Date.now() - sent).toBeLessThan(OPENAI_WEB_TIMEOUT_MS + 5_000);
    await expect(frame.locator(".offer")).toBeVisible();
  });
}
