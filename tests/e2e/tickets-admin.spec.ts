// The leisure team's path: create a performance, sell at the desk, book a transfer, refund.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { signIn } from "./support/sign-in";
import { brusselsDateKey, card, uniqueName } from "./support/util";

test("staff create a performance, sell at the desk, book a transfer and refund a sale", async ({ page }) => {
  test.setTimeout(90_000);
  const title = `Kamerconcert ${uniqueName()}`;
  await signIn(page, "beheerder@wingene.be", "/beheer/vrije-tijd");
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Nieuwe voorstelling" }).click();
  await expectNoAxeViolations(page);
  await page.getByLabel("Titel", { exact: true }).fill(title);
  await page.getByLabel("Beschrijving").fill("Een strijkkwartet speelt Haydn en Dvořák.");
  await page.getByLabel("Zaal", { exact: true }).fill("Sint-Amanduskerk");
  await page.getByLabel("Adres van de zaal").fill("Markt 1, 8750 Wingene");
  await page.getByLabel("Datum", { exact: true }).fill(brusselsDateKey(50));
  await page.getByLabel("Aanvang").fill("20:00");
  await page.getByLabel("Aantal plaatsen").fill("40");
  await page.getByLabel("Verkoop start op").fill(brusselsDateKey(0));
  await page.getByLabel("Prijs (€)").first().fill("12,50");
  await page.getByLabel("Meteen publiceren").check();
  await page.getByRole("button", { name: "Voorstelling aanmaken" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByText("0 van 40 plaatsen bezet")).toBeVisible();
  await expectNoAxeViolations(page);

  const sale = card(page, "Verkopen aan de balie");
  await sale.getByLabel(/^Volwassene/).fill("2");
  await sale.getByLabel("Naam koper").fill("Walter Walk-in");
  await sale.getByLabel("E-mailadres koper").fill(`walter-${Date.now()}@example.be`);
  await sale.getByLabel("Cash aan de balie").check();
  await sale.getByRole("button", { name: "Verkopen" }).click();
  await expect(sale.getByText(/Bestelling W\d{2}-\d{6} is betaald/)).toBeVisible();

  await page.reload();
  const transferSale = card(page, "Verkopen aan de balie");
  await transferSale.getByLabel(/^Volwassene/).fill("1");
  await transferSale.getByLabel("Naam koper").fill("Oscar Overschrijving");
  await transferSale.getByLabel("E-mailadres koper").fill(`oscar-${Date.now()}@example.be`);
  await transferSale.getByLabel(/Overschrijving \(gestructureerde mededeling\)/).check();
  await transferSale.getByRole("button", { name: "Verkopen" }).click();
  await expect(transferSale.getByText(/wacht op de overschrijving/)).toBeVisible();
  const orderPage = await page.context().newPage();
  await orderPage.goto(
    (await transferSale.getByRole("link", { name: "Tickets tonen of afdrukken" }).getAttribute("href"))!,
  );
  const ogm = (await orderPage.locator("dt:has-text('Mededeling') + dd").textContent())!;

  await page.goto("/beheer/vrije-tijd");
  const booking = card(page, "Overschrijving ontvangen");
  await booking.getByLabel("Gestructureerde mededeling").fill(ogm);
  await booking.getByLabel("Ontvangen bedrag (in euro)").fill("12,50");
  await booking.getByRole("button", { name: "Betaling boeken" }).click();
  await expect(booking.getByText("Betaling geboekt; de koper krijgt zijn tickets.")).toBeVisible();
  await orderPage.reload();
  await expect(orderPage.getByRole("img", { name: /QR-code van ticket 1 van 1/ })).toBeVisible();

  await page.getByRole("link", { name: title }).click();
  const walterRow = page.getByRole("row", { name: /Walter Walk-in/ });
  // Refunding takes a second click on a panel that states the amount and where it goes.
  await walterRow.getByText("Terugbetalen", { exact: true }).click();
  await expect(
    walterRow.getByText(/Walter Walk-in krijgt €\s25,00 terug; de boekhouding betaalt/),
  ).toBeVisible();
  await walterRow.getByRole("button", { name: /25,00 terugbetalen/ }).click();
  // The row re-renders as refunded (its refund form disappears with the order no longer paid).
  await expect(walterRow).toContainText("Terugbetaald");
  await page.reload();
  await expect(page.getByText("1 van 40 plaatsen bezet")).toBeVisible();

  // Move the performance a day and raise the price: the one paying buyer left (Oscar) is told.
  await page.getByRole("link", { name: "Voorstelling wijzigen" }).click();
  await expectNoAxeViolations(page);
  await page.getByLabel("Datum", { exact: true }).fill(brusselsDateKey(51));
  await page.getByLabel("Prijs (€)").first().fill("14,00");
  await page.getByRole("button", { name: "Wijzigingen bewaren" }).click();
  await expect(
    page.getByText("De wijzigingen zijn bewaard. 1 koper kreeg een e-mail over de wijziging."),
  ).toBeVisible();

  // A walk-in buyer pays cash and takes printed tickets without giving an e-mail address.
  const walkIn = card(page, "Verkopen aan de balie");
  await walkIn.getByLabel(/^Volwassene/).fill("1");
  await walkIn.getByLabel("Naam koper").fill("Wanda Zonder-Mail");
  await walkIn.getByLabel("Cash aan de balie").check();
  await walkIn.getByRole("button", { name: "Verkopen" }).click();
  await expect(walkIn.getByText(/Bestelling W\d{2}-\d{6} is betaald/)).toBeVisible();
  const printed = await page.context().newPage();
  await printed.goto(
    (await walkIn.getByRole("link", { name: "Tickets tonen of afdrukken" }).getAttribute("href"))!,
  );
  await expect(printed.getByText("Druk de tickets hieronder af of toon ze op je gsm.")).toBeVisible();
  await expect(printed.getByRole("img", { name: /QR-code van ticket 1 van 1/ })).toBeVisible();

  // On a 375 px phone the orders are cards with their refund button, and nothing scrolls sideways.
  const adminUrl = page.url();
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(adminUrl);
  const orderCards = page.getByRole("list", { name: "Bestellingen voor deze voorstelling" });
  await expect(orderCards.getByRole("listitem").filter({ hasText: "Oscar Overschrijving" })).toContainText(
    "Terugbetalen",
  );
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await page.setViewportSize({ width: 1280, height: 800 });

  await page.goto("/tickets");
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByText("€ 14,00").first()).toBeVisible();
});

test("a resident cannot reach the leisure back office", async ({ page }) => {
  await signIn(page, "marie.claeys@example.be");
  const response = await page.goto("/beheer/vrije-tijd");
  expect(response?.status()).toBe(403);
});

test.describe("without JavaScript", () => {
  test("a refused performance form comes back with every tariff row and the ticked box", async ({
    browser,
    page,
  }) => {
    await signIn(page, "vrijetijd@wingene.be", "/beheer/vrije-tijd/nieuw");
    const noJs = await browser.newContext({
      javaScriptEnabled: false,
      storageState: await page.context().storageState(),
    });
    try {
      const plain = await noJs.newPage();
      await plain.goto("/beheer/vrije-tijd/nieuw");
      // No title, and a price nobody can pay: the server refuses and gives everything back.
      await plain.getByLabel("Beschrijving").fill("Drie tarieven, één fout.");
      await plain.getByLabel("Aantal plaatsen").fill("80");
      const row = (n: number) => plain.getByRole("region", { name: `Tarief ${n}` });
      await row(1).getByLabel("Prijs (€)").fill("12,00");
      await row(2).getByLabel("Naam").fill("Kansentarief");
      await row(2).getByLabel("Prijs (€)").fill("drie euro");
      await row(2).getByLabel("Quotum").fill("20");
      await row(3).getByLabel("Naam").fill("-12");
      await row(3).getByLabel("Prijs (€)").fill("6,00");
      await plain.getByLabel("Meteen publiceren").check();
      await plain.getByRole("button", { name: "Voorstelling aanmaken" }).click();
      await plain.waitForLoadState("load");

      await expect(plain.getByRole("alert").getByRole("link", { name: "Geef een titel." })).toBeVisible();
      await expect(row(2).getByLabel("Prijs (€)")).toHaveAttribute("aria-invalid", "true");
      await expect(row(1).getByLabel("Naam")).toHaveValue("Volwassene");
      await expect(row(1).getByLabel("Prijs (€)")).toHaveValue("12,00");
      await expect(row(2).getByLabel("Naam")).toHaveValue("Kansentarief");
      await expect(row(2).getByLabel("Prijs (€)")).toHaveValue("drie euro");
      await expect(row(2).getByLabel("Quotum")).toHaveValue("20");
      await expect(row(3).getByLabel("Naam")).toHaveValue("-12");
      await expect(row(3).getByLabel("Prijs (€)")).toHaveValue("6,00");
      await expect(plain.getByLabel("Beschrijving")).toHaveValue("Drie tarieven, één fout.");
      await expect(plain.getByLabel("Meteen publiceren")).toBeChecked();
      // Spare rows for more tariffs, since there is no button to add one without JavaScript.
      await expect(row(4).getByLabel("Naam")).toHaveValue("");
    } finally {
      await noJs.close();
    }
  });
});
