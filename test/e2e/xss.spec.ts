// XSS: script-shaped text typed by a visitor (messages, identify() name and attributes), written
// by the business (a knowledge answer in markdown, a canned response) or by an agent (their name,
// a markdown link) is rendered in the widget and the inbox (conversation list, transcript, brief,
// contact panel) as text: no payload runs (window.__xss stays undefined in every frame, no dialog
// opens), the text is visible literally, and every link is http(s) or mailto.
import { randomUUID } from "node:crypto";
import { expect, test, type Browser, type FrameLocator, type Locator, type Page } from "@playwright/test";

test.setTimeout(120_000);

const DEMO_PASSWORD = "baton-demo-2026";
const OWNER = "demo@baton.local";
const IMG = "<img src=x onerror=window.__xss=1>";
const SCRIPT = "<script>window.__xss=1</script>";
const SVG = '"><svg onload=window.__xss=1>';
const JS_LINK = "[click me](javascript:window.__xss=1)";
const octet = () => Math.floor(Math.random() * 254) + 1;

async function person(browser: Browser) {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": `10.${octet()}.${octet()}.${octet()}` } });
  const page = await context.newPage();
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return { page, dialogs };
}

/** No payload ran in the page or any of its frames (the widget's iframe included). */
async function expectNothingRan(page: Page, dialogs: string[]) {
  for (const frame of page.frames()) {
    expect(await frame.evaluate(() => (window as { __xss?: unknown }).__xss), `window.__xss in ${frame.url()}`).toBeUndefined();
  }
  expect(dialogs).toEqual([]);
}

/** Every link inside `scope` goes to http(s) or mailto (or stays inside the app). */
async function expectSafeLinks(scope: Locator) {
  const hrefs = await scope.locator("a[href]").evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  for (const href of hrefs) expect(href).toMatch(/^(https?:|mailto:|\/|#)/i);
}

const chat = (page: Page): FrameLocator => page.frameLocator("baton-widget iframe");

test("script-shaped text from visitors, the knowledge base, canned responses and agents is shown as text", async ({ browser }) => {
  const ref = randomUUID().slice(0, 8);
  const owner = await person(browser);
  const visitor = await person(browser);

  await owner.page.goto(`/sign-in?next=${encodeURIComponent("/dashboard/inbox?view=queue")}`);
  await owner.page.getByLabel("Email").fill(OWNER);
  await owner.page.getByLabel("Password", { exact: true }).fill(DEMO_PASSWORD);
  await owner.page.getByRole("button", { name: "Sign in" }).click();
  await expect(owner.page).toHaveURL(/\/dashboard\/inbox/);
  const api = owner.page.request;

  // What the business writes: a markdown knowledge answer and a canned response, and the agent's name.
  const question = `zebra lantern warranty ${ref}`;
  const entry = await api.post("/api/knowledge", {
    data: { title: `XSS probe ${ref}`, exampleQuestions: [question, `what is the zebra lantern warranty ${ref}`], answer: `Lantern answer [safe link](https://example.com/ok) ${IMG} ${SCRIPT} ${JS_LINK} ${SVG}` },
  });
  expect(entry.status()).toBe(201);
  const canned = await api.post("/api/canned-responses", { data: { shortcut: `xss${ref}`, title: `XSS ${ref}`, body: `Hello {{contact.name}} ${SCRIPT} ${JS_LINK}` } });
  expect(canned.status()).toBe(201);
  const me = await (await api.get("/api/me")).json();
  const ownerName: string = me.user?.name ?? "Dana Owner";
  const agentName = `Dana ${SVG}`;
  // better-auth checks the Origin of state-changing calls, as a browser form would send it.
  const origin = { origin: new URL(owner.page.url()).origin };
  expect((await api.post("/api/auth/update-user", { data: { name: agentName }, headers: origin })).status()).toBe(200);

  try {
    // The visitor identifies with script-shaped values (email cannot carry one: it is validated).
    await visitor.page.goto("/widget-demo");
    const visitorName = `${IMG} Mallory ${ref}`;
    await visitor.page.evaluate(
      ({ name, ref }) => {
        const baton = (window as unknown as { Baton: (...args: unknown[]) => void }).Baton;
        baton("identify", { id: `xss-${ref}`, name, email: `o'mallory.${ref}@example.com`, attributes: { plan: '"><svg onload=window.__xss=1>', note: "<script>window.__xss=1</script>", site: "javascript:window.__xss=1" } });
      },
      { name: visitorName, ref },
    );
    await visitor.page.locator("baton-widget").getByRole("button", { name: /Chat with us/ }).click();
    const box = chat(visitor.page).getByRole("textbox", { name: "Write a message…" });
    await expect(box).toBeVisible();
    const send = async (text: string) => {
      await box.fill(text);
      await box.press("Enter");
      await expect(chat(visitor.page).getByText(text, { exact: true }).last()).toBeVisible();
    };
    // First the knowledge question (before the payloads, which the bot cannot answer, make the
    // repeated-failure rule hand the conversation over).
    await send(question);
    const kbAnswer = chat(visitor.page).getByText(/Lantern answer/).first();
    await expect(kbAnswer).toBeVisible({ timeout: 20_000 });
    // Markdown contexts: "__" pairs in the payloads become bold, so only the tags are checked literally.
    await expect(kbAnswer).toContainText("<img src=x onerror=");
    await expect(kbAnswer).toContainText("<script>");
    await expect(chat(visitor.page).getByRole("link", { name: "safe link" })).toHaveAttribute("href", "https://example.com/ok");
    for (const text of [IMG, SCRIPT, SVG, JS_LINK]) await send(text);
    // The visitor asks for a person, unless a rule already handed the conversation over.
    const inLine = chat(visitor.page).getByRole("status").filter({ hasText: /in line/ });
    // The header's button (always there); the bot's "offer" button in the log carries the same name.
    const talk = chat(visitor.page).getByRole("banner").getByRole("button", { name: "Talk to a human" });
    await expect(inLine.or(talk).first()).toBeVisible();
    if (!(await inLine.isVisible())) await talk.click();
    await expect(inLine).toBeVisible();

    // The inbox: the list item, the transcript, the brief and the contact panel show it all as text.
    const item = owner.page.getByTestId("conversation-item").filter({ hasText: `Mallory ${ref}` });
    await expect(item).toBeVisible({ timeout: 15_000 });
    await expect(item).toContainText(visitorName);
    await item.click();
    const transcript = owner.page.getByRole("log", { name: "Conversation transcript" });
    for (const text of [IMG, SCRIPT, SVG, JS_LINK]) await expect(transcript.getByText(text, { exact: true })).toBeVisible();
    await expect(transcript.getByText(/Lantern answer/).first()).toContainText("<script>");
    const contact = owner.page.getByTestId("contact-panel");
    await expect(contact).toContainText(visitorName);
    await expect(contact).toContainText('"><svg onload=window.__xss=1>');
    await expect(contact).toContainText("<script>window.__xss=1</script>");
    await expect(contact).toContainText("javascript:window.__xss=1");
    // The brief is rendered (in the details pane, which a narrow window folds away).
    await expect(owner.page.getByTestId("handoff-brief").first()).toBeAttached();
    for (const scope of [transcript, contact, owner.page.getByTestId("handoff-brief"), owner.page.getByTestId("conversation-item")]) await expectSafeLinks(scope);
    await expectNothingRan(owner.page, owner.dialogs);

    // The agent (named with a payload) claims and answers with the canned response and a markdown link.
    await owner.page.getByRole("button", { name: "Claim" }).click();
    await expect(chat(visitor.page).getByText(`${agentName} joined the conversation`, { exact: false })).toBeVisible();
    const reply = owner.page.getByRole("textbox", { name: "Reply" });
    // Typed (not filled) so the picker sees the caret move, as with a person typing.
    await reply.pressSequentially(`/xss${ref}`, { delay: 20 });
    await expect(owner.page.getByRole("listbox", { name: "Canned responses" })).toContainText(`XSS ${ref}`);
    await reply.press("Enter");
    await expect(reply).toHaveValue(new RegExp(`Hello .*Mallory ${ref}`));
    await owner.page.getByRole("button", { name: "Send" }).click();
    const answered = chat(visitor.page).getByText(/Hello .*Mallory/).first();
    await expect(answered).toContainText(`Mallory ${ref}`);
    await expect(answered).toContainText("<img src=x onerror=");
    await expect(answered).toContainText("<script>");
    await expect(chat(visitor.page).getByText(new RegExp(agentName.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))).first()).toBeVisible();
    await expect(transcript.getByText(/Hello .*Mallory/).first()).toContainText("<script>");

    await expectSafeLinks(chat(visitor.page).locator("body"));
    await expectSafeLinks(transcript);
    await expectNothingRan(visitor.page, visitor.dialogs);
    await expectNothingRan(owner.page, owner.dialogs);
  } finally {
    await api.post("/api/auth/update-user", { data: { name: ownerName }, headers: origin });
    await Promise.all([owner.page.context().close(), visitor.page.context().close()]);
  }
});
