// Hall rental as people use it every day: without JavaScript a refused request keeps every
// value (both day parts ticked) and cancelling takes a confirmation that states the fee; on a
// phone the calendars show the whole week and nothing scrolls sideways; at the desk staff book
// for a resident without e-mail and print the confirmation.
import { expect, type Page, test } from "@playwright/test";
import { pdfPages } from "@/tests/support/pdf-text";
import { expectNoAxeViolations } from "./support/axe";
import { signIn } from "./support/sign-in";
import { brusselsDateKey, uniqueName } from "./support/util";

const MEMBER = "bram.verstraete@example.be";
const STAFF = "vrijetijd@wingene.be";
const slash = (key: string) => key.split("-").reverse().join("/");

async function expectNoHorizontalScroll(page: Page, width: number) {
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth, `${page.url()} is ${scrollWidth}px breed op ${width}px`).toBeLessThanOrEqual(width);
}

test("without JavaScript a refused request keeps both day parts, and cancelling asks first with the fee", async ({
  browser,
  page,
}) => {
  test.setTimeout(120_000);
  await signIn(page, MEMBER, "/mijn");
  const noScript = await browser.newContext({
    javaScriptEnabled: false,
    storageState: await page.context().storageState(),
  });
  const plain = await noScript.newPage();
  const date = brusselsDateKey(140 + Math.floor(Math.random() * 40));
  await plain.goto("/zalen/vergaderzaal-de-linde");
  let form = plain.getByRole("form", { name: "Zaal reserveren" });
  await form.getByLabel("Datum").fill(date);
  await form.getByLabel("Voormiddag (08:00–13:00)").check();
  await form.getByLabel("Avond (18:00–23:00)").check();
  await form.getByLabel("Voor mezelf").check();
  await form.getByLabel("Waarvoor gebruik je de zaal?").fill("Bestuursvergadering zonder script");
  await form.getByRole("button", { name: "Prijs bekijken" }).click();
  await plain.waitForLoadState("load");

  form = plain.getByRole("form", { name: "Zaal reserveren" });
  await expect(form.getByRole("alert")).toContainText("Kies dagdelen die op elkaar aansluiten");
  // Every value comes back from the server, the two ticked day parts included.
  await expect(form.getByLabel("Voormiddag (08:00–13:00)")).toBeChecked();
  await expect(form.getByLabel("Avond (18:00–23:00)")).toBeChecked();
  await expect(form.getByLabel("Namiddag (13:00–18:00)")).not.toBeChecked();
  await expect(form.getByLabel("Voor mezelf")).toBeChecked();
  await expect(form.getByLabel("Datum")).toHaveValue(date);
  await expect(form.getByLabel("Waarvoor gebruik je de zaal?")).toHaveValue(
    "Bestuursvergadering zonder script",
  );

  await form.getByLabel("Voormiddag (08:00–13:00)").uncheck();
  await form.getByRole("button", { name: "Prijs bekijken" }).click();
  await expect(plain.getByRole("heading", { level: 1, name: "Reservatie nakijken" })).toBeVisible();
  await plain.getByRole("button", { name: "Reserveren en betalen" }).click();
  await expect(plain.getByRole("heading", { level: 1, name: /^Bestelling W\d{2}-\d{6}$/ })).toBeVisible();

  await plain.goto("/mijn/zalen");
  await plain
    .getByRole("row", { name: new RegExp(`Vergaderzaal De Linde ${slash(date)}`) })
    .getByRole("link")
    .click();
  // The first click only opens the confirmation; nothing is cancelled yet.
  await plain.getByText("Reservatie annuleren").click();
  await expect(plain.getByText(/Annuleren kost nu €\s25,00 \(50 % van de huurprijs/)).toBeVisible();
  await expect(plain.getByText("bevestigd", { exact: true })).toBeVisible();
  await plain.getByRole("button", { name: /Annuleren voor €\s25,00/ }).click();
  await expect(plain.getByText("Je reservatie is geannuleerd.")).toBeVisible();
  await expect(plain.getByText("geannuleerd", { exact: true })).toBeVisible();
  await noScript.close();
});

for (const viewport of [
  { width: 375, height: 812 },
  { width: 320, height: 640 },
]) {
  test.describe(`zalen op ${viewport.width}px breed`, () => {
    test.use({ viewport, isMobile: true, hasTouch: true });

    test("the calendars show all seven days and no hall page scrolls sideways", async ({ browser, page }) => {
      test.setTimeout(120_000);
      const date = brusselsDateKey(10);
      await page.goto(`/zalen/feestzaal-de-meersen?week=${date}`);
      const week = page.getByRole("list", { name: /week van/ });
      await expect(week.locator(":scope > li")).toHaveCount(7);
      // Sunday is there in both views, inside the screen's width.
      for (const sunday of [week.getByText(/^zondag/), page.getByRole("columnheader", { name: "zo" })]) {
        await sunday.scrollIntoViewIfNeeded();
        await expect(sunday).toBeVisible();
        const box = await sunday.boundingBox();
        expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width);
      }
      await expectNoHorizontalScroll(page, viewport.width);
      await expectNoAxeViolations(page);

      await signIn(page, MEMBER, "/mijn/zalen");
      await expect(page.getByRole("heading", { level: 1, name: "Mijn zaalreservaties" })).toBeVisible();
      await expectNoHorizontalScroll(page, viewport.width);

      const staffContext = await browser.newContext({ viewport, isMobile: true, hasTouch: true });
      const staff = await staffContext.newPage();
      await signIn(staff, STAFF, "/beheer/zalen");
      await expect(staff.getByRole("list", { name: "Reservaties en aanvragen per dag" })).toBeVisible();
      await expectNoHorizontalScroll(staff, viewport.width);
      await expectNoAxeViolations(staff);
      await staffContext.close();
    });
  });
}

test("staff book a hall for a resident registered at the desk without e-mail and print the confirmation", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const name = `Gilbert ${uniqueName()}`;
  await signIn(page, STAFF, "/beheer/inwoners");
  await page.getByText("Niet gevonden? Registreer een nieuwe inwoner").click();
  const register = page.getByRole("form", { name: "Nieuwe inwoner registreren" });
  await register.getByLabel("Voor- en achternaam").fill(name);
  // No e-mail address; an address in Wingene, confirmed below, makes them a resident for the tariff.
  await register.getByLabel("Straat").fill("Kerkstraat");
  await register.getByLabel("Huisnummer").fill("12");
  await register.getByLabel("Postcode").fill("8750");
  await register.getByLabel("Gemeente").fill("Wingene");
  await register.getByRole("button", { name: "Inwoner registreren" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  // The typed address alone is no basis for the resident tariff: the clerk confirms it (eID seen).
  await page.getByRole("button", { name: "Woont in Wingene (eID of document gezien)" }).click();
  await expect(page.getByText(/Bevestigd op .*: inwonerstarief/)).toBeVisible();
  await page.getByRole("link", { name: "Zaal reserveren voor deze inwoner" }).click();

  await expect(page.getByText("Geen e-mailadres: druk na het reserveren de bevestiging af.")).toBeVisible();
  await page
    .getByRole("navigation", { name: "Kies een zaal" })
    .getByRole("link", { name: "Vergaderzaal Het Torentje" })
    .click();
  const form = page.getByRole("form", { name: "Reservatie aan de balie" });
  const date = brusselsDateKey(30 + Math.floor(Math.random() * 150));
  await form.getByLabel("Datum").fill(date);
  await form.getByLabel(/^Avond/).check();
  await expect(form.getByLabel(`${name} zelf`)).toBeChecked();
  await form.getByLabel("Waarvoor gebruik je de zaal?").fill("Kaartavond van de buurt");
  await expectNoAxeViolations(page);
  await form.getByRole("button", { name: "Reserveren" }).click();

  await expect(page.getByText(/Gereserveerd voor de inwoner/)).toBeVisible();
  await expect(page.getByText(`${name} (geen e-mail)`)).toBeVisible();
  const href = await page.getByRole("link", { name: "Bevestiging afdrukken (PDF)" }).getAttribute("href");
  const response = await page.request.get(href!);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  const [text] = await pdfPages(await response.body());
  expect(text).toContain(name);
  expect(text).toContain("Vergaderzaal Het Torentje");
  expect(text).toContain("Kaartavond van de buurt");
});
