// The portal's look is the municipality's data, every page below a catalogue says where it sits,
// and Mijn Wingene opens with what needs the resident.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { signIn } from "./support/sign-in";
import { expectFits, uniqueSuffix } from "./support/util";

test("the header logo, the home page picture and the brand colour come from the municipality's data", async ({
  page,
}) => {
  await page.goto("/");
  const drawn = async (selector: string) =>
    (
      await page
        .locator(selector)
        .first()
        .evaluate((el) => getComputedStyle(el).backgroundImage)
    ).match(/url\("?(?:https?:\/\/[^/]+)?([^")]+)"?\)/)?.[1];
  expect(await drawn("header [aria-hidden=true][style*=background]")).toBe("/identiteit/logo.svg");
  const hero = page.getByRole("img", { name: /Getekend landschap van Wingene/ });
  await expect(hero).toBeVisible();
  const heroPath = await drawn("[role=img][style*=background]");
  expect((await page.request.get(heroPath!)).headers()["content-type"]).toContain("image/svg+xml");
  // The shades are mixed from the stored colour and set on the page, so links take the brand colour.
  expect(
    await page.evaluate(() => document.documentElement.style.getPropertyValue("--color-brand-700")),
  ).toBe("#0b5e3b");
  const link = page.getByRole("link", { name: "Alle openingsuren en sluitingsdagen" });
  await expect(link).toHaveCSS("color", "rgb(11, 94, 59)");
  await page.setViewportSize({ width: 320, height: 640 });
  await expect(hero).toBeVisible();
  await expectFits(page, 320);
});

test("a performance's page says where it sits, and its breadcrumb leads back to the catalogue", async ({
  page,
}) => {
  await page.goto("/tickets/comedy-in-ruiselede");
  const trail = page.getByRole("navigation", { name: "Kruimelpad" });
  await expect(trail.locator("[aria-current=page]")).toHaveText("Comedy in Ruiselede");
  await trail.getByRole("link", { name: "Tickets" }).click();
  await expect(page).toHaveURL(/\/tickets$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("an order waiting for a transfer is under 'Te betalen' in Mijn Wingene, opens the order and prints its confirmation", async ({
  page,
}) => {
  const email = `overzicht-${uniqueSuffix(8)}@example.be`;
  await signIn(page, email);
  await expect(page.getByRole("region", { name: /Te betalen/ })).toContainText("Je hebt niets openstaan.");

  await page.goto("/tickets/comedy-in-ruiselede");
  await page.getByRole("button", { name: "Tickets kiezen" }).click();
  await page.getByLabel(/^Volwassene/).fill("1");
  const name = page.getByLabel("Naam");
  if (!(await name.inputValue())) await name.fill("Olga Overzicht");
  await page.getByRole("button", { name: "Reserveren en betalen" }).click();
  await page.getByRole("button", { name: "Betalen met overschrijving" }).click();
  await expect(page.locator("dt:has-text('Mededeling') + dd")).toHaveText(/^\+\+\+/);
  const orderPath = new URL(page.url()).pathname;

  await page.goto("/mijn");
  const toPay = page.getByRole("region", { name: /Te betalen/ });
  const entry = toPay.getByRole("link", { name: /Comedy in Ruiselede.*bestelling W\d{2}-\d{6}/ });
  await expect(entry).toBeVisible();
  await expect(page.getByRole("region", { name: /Wacht op jouw antwoord/ })).toContainText("Niets");
  await expectNoAxeViolations(page);
  await entry.click();
  await expect(page).toHaveURL(new RegExp(`${orderPath}$`));
  // The same order on paper, for whoever has its link (the counter prints it for a resident).
  const paper = page.getByRole("link", { name: "Bevestiging downloaden om af te drukken (PDF)" });
  const pdf = await page.request.get((await paper.getAttribute("href"))!);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
});

test("the beheerder changes the colour without JavaScript: a light one is refused with its contrast, a dark one shows on every page", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, "beheerder@wingene.be", "/beheer/huisstijl");
  const form = page.getByRole("form", { name: "Huisstijl" });
  const colour = form.getByLabel("Kleur van de gemeente");
  try {
    await colour.fill("#ffcc00");
    await form.getByRole("button", { name: "Huisstijl bewaren" }).click();
    await expect(page.getByRole("form", { name: "Huisstijl" })).toContainText(/te licht.*tegen minstens 4,5/);
    await page.goto("/");
    await expect(page.getByRole("link", { name: "Alle openingsuren en sluitingsdagen" })).toHaveCSS(
      "color",
      "rgb(11, 94, 59)",
    );

    await page.goto("/beheer/huisstijl");
    await page.getByRole("form", { name: "Huisstijl" }).getByLabel("Kleur van de gemeente").fill("#1D4ED8");
    await page
      .getByRole("form", { name: "Huisstijl" })
      .getByRole("button", { name: "Huisstijl bewaren" })
      .click();
    await expect(page.getByRole("form", { name: "Huisstijl" })).toContainText("Bewaard.");
    await page.goto("/");
    await expect(page.getByRole("link", { name: "Alle openingsuren en sluitingsdagen" })).toHaveCSS(
      "color",
      "rgb(29, 78, 216)",
    );
  } finally {
    await page.goto("/beheer/huisstijl");
    await page.getByRole("form", { name: "Huisstijl" }).getByLabel("Kleur van de gemeente").fill("#0b5e3b");
    await page
      .getByRole("form", { name: "Huisstijl" })
      .getByRole("button", { name: "Huisstijl bewaren" })
      .click();
    await expect(page.getByRole("form", { name: "Huisstijl" })).toContainText("Bewaard.");
    await context.close();
  }
});
