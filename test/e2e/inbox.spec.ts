// The handoff, end to end, with a visitor and two agents in three browser contexts: the visitor
// asks for a person in the widget, the conversation appears live in the agents' queue with its
// brief, both agents claim at once (one wins cleanly), they talk with typing indicators both ways,
// the agent resolves, and the visitor's rating shows in the inbox.
import { randomUUID } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";

const DEMO_PASSWORD = "baton-demo-2026";
// Three people, two sign-ins and a model warm-up: more than the default 30 s on a small machine.
test.setTimeout(60_000);
const octet = () => Math.floor(Math.random() * 254) + 1;

/** Each person is their own client (own IP for the sign-in rate limit, own cookies). */
async function person(browser: Browser) {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": `10.${octet()}.${octet()}.${octet()}` } });
  return context.newPage();
}

async function signIn(page: Page, email: string, path: string) {
  await page.goto(`/sign-in?next=${encodeURIComponent(path)}`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/dashboard\/inbox/);
  await expect(page.getByTestId("connection-state")).toHaveText("Live");
}

const chat = (page: Page) => page.frameLocator("baton-widget iframe");

async function openWidget(page: Page) {
  await page.goto("/widget-demo");
  await page.locator("baton-widget").getByRole("button", { name: /Chat with us/ }).click();
  await expect(chat(page).getByRole("textbox", { name: "Write a message…" })).toBeVisible();
}

async function visitorSends(page: Page, text: string) {
  const box = chat(page).getByRole("textbox", { name: "Write a message…" });
  await box.fill(text);
  await box.press("Enter");
}

test("a visitor asks for a person; an agent claims, they talk, resolve, and the rating shows", async ({ browser }) => {
  const [visitor, ana, omar] = await Promise.all([person(browser), person(browser), person(browser)]);
  await Promise.all([signIn(ana, "ana@baton.local", "/dashboard/inbox?view=queue"), signIn(omar, "omar@baton.local", "/dashboard/inbox?view=queue")]);
  await openWidget(visitor);

  const order = randomUUID().slice(0, 8);
  await visitorSends(visitor, `I want to talk to a person about order ${order}`);
  await expect(chat(visitor).getByRole("status").filter({ hasText: /in line/ })).toBeVisible();

  // Within 2 s of the escalation, without reloading, in both agents' queues.
  const item = (page: Page) => page.getByTestId("conversation-item").filter({ hasText: order });
  await expect(item(ana)).toBeVisible({ timeout: 2_000 });
  await expect(item(omar)).toBeVisible({ timeout: 2_000 });
  await item(ana).click();
  await item(omar).click();
  await expect(ana.getByTestId("handoff-brief")).toContainText(order);
  await expect(ana.getByTestId("handoff-brief")).toContainText(/asked for a person|explicit/i);

  // Both claim at the same moment: exactly one wins; the other is told who. When the winner's
  // claim reaches the other inbox live before its click lands, the Claim button is already gone:
  // that agent never claims, and the header says who has it.
  const clicked = await Promise.all(
    [ana, omar].map((page) =>
      page
        .getByRole("button", { name: "Claim" })
        .click({ timeout: 5_000 })
        .then(() => true, () => false),
    ),
  );
  expect(clicked.some(Boolean)).toBe(true);
  const joined = chat(visitor).getByText(/(Ana|Omar).* joined the conversation/);
  await expect(joined).toBeVisible();
  const winnerName = (await joined.textContent())!.includes("Ana") ? "Ana" : "Omar";
  const [winner, loser, loserClicked] = winnerName === "Ana" ? [ana, omar, clicked[1]] : [omar, ana, clicked[0]];
  if (loserClicked) await expect(loser.getByTestId("claim-conflict")).toContainText(new RegExp(`${winnerName}.* already claimed this conversation`));
  await expect(loser.getByText(new RegExp(`Assigned to ${winnerName}`))).toBeVisible();
  await expect(loser.getByRole("button", { name: "Claim" })).toHaveCount(0);
  await expect(winner.getByTestId("claim-conflict")).toHaveCount(0);
  await expect(chat(visitor).getByText(new RegExp(`${winnerName}.* joined the conversation`))).toBeVisible();

  // Typing both ways.
  await chat(visitor).getByRole("textbox", { name: "Write a message…" }).pressSequentially("Hello", { delay: 30 });
  await expect(winner.getByTestId("typing-indicator")).toHaveText("Visitor is typing…");
  await winner.getByRole("textbox", { name: "Reply" }).pressSequentially("Hi, I'm", { delay: 30 });
  await expect(chat(visitor).getByText(new RegExp(`${winnerName}.* is typing…`))).toBeVisible();

  // They exchange messages.
  await winner.getByRole("textbox", { name: "Reply" }).fill(`Hi, I'm ${winnerName}. Let me look at order ${order}.`);
  await winner.getByRole("button", { name: "Send" }).click();
  await expect(chat(visitor).getByText(`Hi, I'm ${winnerName}. Let me look at order ${order}.`)).toBeVisible();
  await chat(visitor).getByRole("textbox", { name: "Write a message…" }).fill("");
  await visitorSends(visitor, "Thank you, that was quick!");
  const transcript = winner.getByRole("log", { name: "Conversation transcript" });
  await expect(transcript.getByText("Thank you, that was quick!")).toBeVisible();

  // Resolve; the visitor rates 5 and the inbox shows it.
  await winner.getByRole("button", { name: "Resolve" }).click();
  await chat(visitor).getByRole("radio", { name: "5 stars" }).check();
  await chat(visitor).getByRole("button", { name: "Submit" }).click();
  await expect(chat(visitor).getByText("Thanks for your feedback")).toBeVisible();
  await expect(winner.getByTestId("csat")).toContainText("5/5");

  await Promise.all([visitor.context().close(), ana.context().close(), omar.context().close()]);
});

test("after hours an escalation captures a lead, and the lead is in the inbox", async ({ browser }) => {
  const [owner, visitor] = await Promise.all([person(browser), person(browser)]);
  await signIn(owner, "demo@baton.local", "/dashboard/inbox?view=leads");
  // Close the demo inbox: a schedule with no open hours at all.
  const inboxes = await owner.request.get("/api/inboxes");
  const inbox = (await inboxes.json()).find((candidate: { publicKey: string }) => candidate.publicKey === "pk_demo_northwind");
  const schedule = await owner.request.post("/api/business-hours", { data: { name: `Closed ${randomUUID().slice(0, 6)}`, timezone: "Europe/London", weekly: [], holidays: [] } });
  expect(schedule.status()).toBe(201);
  const scheduleId = (await schedule.json()).id as string;
  expect((await owner.request.patch(`/api/inboxes/${inbox.id}`, { data: { businessHoursId: scheduleId } })).status()).toBe(200);
  try {
    await openWidget(visitor);
    const question = `Can you hold a tent for me? ref ${randomUUID().slice(0, 8)}`;
    await visitorSends(visitor, question);
    await chat(visitor).getByRole("button", { name: "Talk to a human" }).click();
    await expect(chat(visitor).getByText(/offline right now/)).toBeVisible();
    await expect(chat(visitor).getByRole("heading", { name: "Leave us a message" })).toBeVisible();
    await chat(visitor).getByLabel("Name").fill("Grace Hopper");
    await chat(visitor).getByLabel("Email").fill("grace@example.com");
    await expect(chat(visitor).getByLabel("How can we help?")).toHaveValue(question);
    await chat(visitor).getByRole("button", { name: "Send message" }).click();
    await expect(chat(visitor).getByText("Thanks — we'll email you at grace@example.com.")).toBeVisible();
    await expect(owner.getByTestId("conversation-item").filter({ hasText: "Grace Hopper" })).toBeVisible();
  } finally {
    await owner.request.patch(`/api/inboxes/${inbox.id}`, { data: { businessHoursId: null } });
    await owner.request.delete(`/api/business-hours/${scheduleId}`);
    await Promise.all([owner.context().close(), visitor.context().close()]);
  }
});
