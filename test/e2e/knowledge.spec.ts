// The knowledge base and chat widget pages through the real browser, as the demo workspace's owner
// (Northwind Outfitters: 14 entries and the pk_demo_northwind widget) and as its agent Ana.
// widget-embed.spec.ts asks the demo bot questions later in the run: entries added here are about
// topics it never asks, and are deleted again; the widget's colour is put back.
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";

const DEMO_PASSWORD = "baton-demo-2026";
const OWNER = "demo@baton.local";
const AGENT = "ana@baton.local";

// Sign-in is throttled per IP and email: each test acts as its own client (see auth.spec.ts).
const octet = () => Math.floor(Math.random() * 254) + 1;
test.use({ extraHTTPHeaders: async ({ extraHTTPHeaders }, use) => use({ ...extraHTTPHeaders, "x-forwarded-for": `10.${octet()}.${octet()}.${octet()}` }) });

/** A word no other entry contains, so a search finds exactly what a test added. */
const marker = () => `kb${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

async function signIn(page: Page, email: string, path: string) {
  await page.goto(`/sign-in?next=${encodeURIComponent(path)}`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`${path}$`));
}

async function searchFor(page: Page, text: string) {
  await page.getByLabel("Search the knowledge base").fill(text);
}

async function deleteEntriesMatching(page: Page, text: string) {
  const response = await page.request.get(`/api/knowledge?q=${encodeURIComponent(text)}`);
  const { entries } = (await response.json()) as { entries: Array<{ id: string }> };
  for (const entry of entries) expect((await page.request.delete(`/api/knowledge/${entry.id}`)).status()).toBe(204);
}

test("the owner adds an entry, finds it by search, edits, disables and deletes it", async ({ page }) => {
  const word = marker();
  const title = `Ski waxing ${word}`;
  await signIn(page, OWNER, "/dashboard/knowledge");
  await expect(page.getByRole("heading", { level: 1, name: "Knowledge base" })).toBeVisible();
  await expect(page.getByTestId("knowledge-list")).toContainText("Shipping times");

  await page.getByRole("button", { name: "New entry" }).click();
  const dialog = page.getByRole("dialog", { name: "New entry" });
  await expect(dialog.getByLabel("Title")).toBeFocused();
  await dialog.getByLabel("Title").fill(title);
  await dialog.getByLabel("Other ways people ask").fill("Is ski waxing offered?\nDo you wax snowboards?");
  await dialog.getByLabel("Answer").fill("We wax skis and snowboards in store for $25.");
  await dialog.getByLabel("Tags").fill("skis, service");
  await dialog.getByRole("button", { name: "Add entry" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`Added “${title}”.`)).toBeVisible();

  await searchFor(page, word);
  const rows = page.getByTestId("knowledge-entry");
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText(title);
  await expect(rows).toContainText("“Is ski waxing offered?” · “Do you wax snowboards?”");
  await expect(rows).toContainText("skis");
  await expect(page.getByTestId("knowledge-count")).toHaveText("1 entry found");

  await page.getByRole("button", { name: `Edit ${title}` }).click();
  const editor = page.getByRole("dialog", { name: "Edit entry" });
  await expect(editor.getByLabel("Other ways people ask")).toHaveValue("Is ski waxing offered?\nDo you wax snowboards?");
  await editor.getByLabel("Answer").fill("We wax skis and snowboards in store for $20, while you wait.");
  await editor.getByRole("button", { name: "Save entry" }).click();
  await expect(editor).toBeHidden();
  await expect(rows).toContainText("$20, while you wait");

  // The switch saves at once; a reload shows what the server kept.
  const toggle = page.getByRole("switch", { name: `Use “${title}”` });
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-checked", "false");
  await page.reload();
  await searchFor(page, word);
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText("$20, while you wait");
  await expect(rows).toContainText("Disabled");
  await expect(page.getByRole("switch", { name: `Use “${title}”` })).toHaveAttribute("aria-checked", "false");

  await page.getByRole("button", { name: `Delete ${title}` }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Delete entry" }).click();
  await expect(page.getByText(`No entries match “${word}”`)).toBeVisible();
});

test("the owner imports a CSV file; a file with a bad line shows it and imports nothing", async ({ page }) => {
  const word = marker();
  await signIn(page, OWNER, "/dashboard/knowledge");
  const before = ((await (await page.request.get("/api/knowledge?take=1")).json()) as { total: number }).total;
  try {
    await page.getByRole("button", { name: "Import", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: "Import entries" });
    const csv = [
      "title,example_questions,answer,tags,language,enabled",
      `Tent pole repair ${word},Is a broken tent pole fixable?|Do you repair poles?,Send us the pole and we replace the broken section for free.,tents|repairs,en,true`,
      `Lantern batteries ${word},Which batteries does the lantern take?,Our lanterns take 3 AA batteries.,lanterns,,true`,
    ].join("\n");
    await dialog.getByLabel("Choose a file").setInputFiles({ name: `faq-${word}.csv`, mimeType: "text/csv", buffer: Buffer.from(csv) });
    await expect(dialog.getByTestId("import-file")).toContainText(`faq-${word}.csv`);
    await expect(dialog.getByLabel("Format")).toHaveValue("csv");
    await dialog.getByRole("button", { name: "Import entries" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText("Imported 2 entries.")).toBeVisible();

    await searchFor(page, word);
    await expect(page.getByTestId("knowledge-entry")).toHaveCount(2);
    await expect(page.getByTestId("knowledge-list")).toContainText(`Tent pole repair ${word}`);
    await expect(page.getByTestId("knowledge-list")).toContainText("“Is a broken tent pole fixable?” · “Do you repair poles?”");

    // Export gives the same columns back, lists joined with |.
    const downloading = page.waitForEvent("download");
    await page.getByRole("link", { name: "Export as CSV" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe("knowledge-base.csv");
    const exported = readFileSync(await download.path(), "utf8");
    expect(exported.split("\n")[0]).toBe("title,example_questions,answer,tags,language,enabled");
    expect(exported).toContain(`Tent pole repair ${word},Is a broken tent pole fixable?|Do you repair poles?,`);

    // All or nothing: line 3 has no answer, so line 2 is not imported either.
    await page.getByRole("button", { name: "Import", exact: true }).click();
    const bad = [`title,answer`, `Stove fuel ${word},We sell butane canisters.`, `Missing answer ${word},`].join("\n");
    await dialog.getByLabel("Choose a file").setInputFiles({ name: "bad.csv", mimeType: "text/csv", buffer: Buffer.from(bad) });
    await dialog.getByRole("button", { name: "Import entries" }).click();
    await expect(dialog.getByTestId("import-errors")).toContainText("Line 3: answer");
    await expect(dialog).toBeVisible();
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await expect(dialog).toBeHidden();

    await page.reload();
    await searchFor(page, word);
    await expect(page.getByTestId("knowledge-entry")).toHaveCount(2);
    await expect(page.getByTestId("knowledge-list")).not.toContainText("Stove fuel");
    const after = ((await (await page.request.get("/api/knowledge?take=1")).json()) as { total: number }).total;
    expect(after).toBe(before + 2);
  } finally {
    await deleteEntriesMatching(page, word);
  }
});

test("the widget page shows the snippet, saves a new colour and shows an identity secret once", async ({ page }) => {
  await signIn(page, OWNER, "/dashboard/widget");
  await expect(page.getByRole("heading", { level: 1, name: "Chat widget" })).toBeVisible();
  await expect(page.getByTestId("embed-snippet")).toContainText('data-key="pk_demo_northwind"');
  await expect(page.getByTestId("preview-greeting")).toHaveText("Hi! I'm Northwind's AI assistant.");

  const colour = page.getByLabel("Colour", { exact: true });
  await expect(colour).toHaveValue("#0f766e");
  try {
    await colour.fill("#be123c");
    // The preview follows the form before anything is saved.
    await expect(page.getByTestId("preview-launcher")).toHaveCSS("background-color", "rgb(190, 18, 60)");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByText("Widget settings saved.")).toBeVisible();
    await page.reload();
    await expect(page.getByLabel("Colour", { exact: true })).toHaveValue("#be123c");
    await expect(page.getByTestId("preview-launcher")).toHaveCSS("background-color", "rgb(190, 18, 60)");
  } finally {
    const [inbox] = (await (await page.request.get("/api/inboxes")).json()) as Array<{ id: string }>;
    await page.request.patch(`/api/inboxes/${inbox!.id}`, { data: { theme: { color: "#0f766e" } } });
  }

  // An origin with a path is refused, next to the field, before it reaches the server.
  await page.getByLabel("Allowed origins").fill("http://localhost:3000\nhttps://shop.example.com/checkout");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("“https://shop.example.com/checkout” is not an origin")).toBeVisible();
  await page.getByRole("button", { name: "Discard" }).click();
  await expect(page.getByLabel("Allowed origins")).toHaveValue("http://localhost:3000");

  const identity = page.getByRole("region", { name: "Identity verification" });
  await expect(identity).toContainText('crypto.createHmac("sha256", SECRET).update(user.id).digest("hex")');
  if ((await identity.getByRole("button", { name: "Rotate secret" }).count()) > 0) {
    await identity.getByRole("button", { name: "Rotate secret" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Rotate secret" }).click();
  } else {
    await identity.getByRole("button", { name: "Generate secret" }).click();
  }
  const secret = await identity.getByTestId("identity-secret").inputValue();
  expect(secret).toMatch(/^[0-9a-f]{64}$/);
  await expect(identity).toContainText("shown only this once");
  await expect(identity.getByText("On", { exact: true })).toBeVisible();

  await identity.getByRole("button", { name: "I have copied it" }).click();
  await expect(identity.getByTestId("identity-secret")).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole("region", { name: "Identity verification" }).getByRole("button", { name: "Rotate secret" })).toBeVisible();
  expect(await page.content()).not.toContain(secret);
});

test("an agent reads the knowledge base but cannot change it, and has no widget settings", async ({ page }) => {
  await signIn(page, AGENT, "/dashboard/knowledge");
  await expect(page.getByText("Only owners and admins can change the knowledge base")).toBeVisible();
  await expect(page.getByTestId("knowledge-list")).toContainText("Shipping times");
  await expect(page.getByRole("button", { name: "New entry" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Import", exact: true })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Edit / })).toHaveCount(0);
  await expect(page.getByRole("switch")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Export as CSV" })).toBeVisible();

  await searchFor(page, "Shipping times");
  await page.getByRole("button", { name: "Shipping times", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Shipping times" });
  await expect(dialog.getByLabel("Answer")).toHaveValue(/Orders ship within 1 business day/);
  await expect(dialog.getByLabel("Answer")).toBeDisabled();
  await expect(dialog.getByRole("button", { name: "Save entry" })).toHaveCount(0);
  await dialog.getByRole("button", { name: "Close" }).first().click();
  await expect(dialog).toBeHidden();

  const created = await page.request.post("/api/knowledge", { data: { title: "Sneaky", answer: "Nope" } });
  expect(created.status()).toBe(403);

  await expect(page.getByRole("link", { name: "Chat widget" })).toHaveCount(0);
  await page.goto("/dashboard/widget");
  await expect(page.getByText("Only owners and admins can set up the chat widget")).toBeVisible();
});
