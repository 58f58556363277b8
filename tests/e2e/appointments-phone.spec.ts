// Appointments as a resident on a phone and without JavaScript: the slot page is short and fits
// 320 px, the first free moment is a few Tab presses away, Mijn afspraken is a list of cards whose
// rows open the appointment, cancelling from the mail's link asks first, and a refused staff form
// gives back every ticked desk.
import { expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { firstLink, waitForMessage } from "./support/mailbox";
import { signIn } from "./support/sign-in";
import { uniqueName } from "./support/util";

async function expectNoSidewaysScroll(page: Page, width: number) {
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth, `de pagina is ${scrollWidth}px breed op een scherm van ${width}px`).toBeLessThanOrEqual(
    width,
  );
}

const SLOTS = "/afspraken/rijbewijs/gemeentehuis-ruiselede";

for (const viewport of [
  { width: 320, height: 640 },
  { width: 375, height: 812 },
]) {
  test.describe(`afspraken op ${viewport.width}px breed`, () => {
    test.use({ viewport, isMobile: true, hasTouch: true });

    test("de openingsuren, het kiezen van een moment en de controle passen in de breedte", async ({
      page,
    }, testInfo) => {
      await page.goto("/openingsuren");
      await expect(page.getByRole("heading", { level: 1, name: "Openingsuren" })).toBeVisible();
      await expectNoSidewaysScroll(page, viewport.width);
      await page.screenshot({
        path: testInfo.outputPath(`openingsuren-${viewport.width}.png`),
        fullPage: true,
      });

      await page.goto(SLOTS);
      await expectNoSidewaysScroll(page, viewport.width);
      // Shorter than the 3,605 px of the day list it replaced, at the widest phone too.
      expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(2_400);
      await page.screenshot({
        path: testInfo.outputPath(`moment-kiezen-${viewport.width}.png`),
        fullPage: true,
      });

      await page.getByRole("region", { name: "Eerste vrije momenten" }).getByRole("link").first().click();
      await expect(page.getByRole("form", { name: "Afspraak bevestigen" })).toBeVisible();
      await expectNoSidewaysScroll(page, viewport.width);
      await expectNoAxeViolations(page);
    });

    test("het eerste vrije moment is na een paar keer Tab bereikt", async ({ page }) => {
      await page.goto(SLOTS);
      const first = page.getByRole("region", { name: "Eerste vrije momenten" }).getByRole("link").first();
      for (let presses = 1; presses <= 6; presses++) {
        await page.keyboard.press("Tab");
        if (await first.evaluate((el) => el === document.activeElement)) return;
      }
      throw new Error("Het eerste vrije moment is na 6 keer Tab nog niet bereikt");
    });
  });
}

test.describe("Mijn afspraken op een gsm", () => {
  test.use({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });

  test("is een lijst van kaarten met de status, en elke rij opent de afspraak", async ({ page }) => {
    await signIn(page, "lies.vdberghe@example.be", "/mijn/afspraken");
    // Vrije tijd: no other test books it for Lies, so the row below is this booking.
    await page.goto("/afspraken/vrije-tijd/gemeentehuis-wingene");
    await page.getByRole("region", { name: "Eerste vrije momenten" }).getByRole("link").last().click();
    await page.getByRole("button", { name: "Afspraak bevestigen" }).click();
    await expect(page.getByText("Je afspraak is geboekt.")).toBeVisible();

    await page.goto("/mijn/afspraken");
    await expectNoSidewaysScroll(page, 375);
    const cards = page.getByRole("list", { name: "Mijn komende afspraken" });
    const card = cards.getByRole("listitem").filter({ hasText: "Vrije tijd" });
    await expect(card).toContainText("Status:");
    await expect(card).toContainText("Geboekt");
    await expect(card.getByRole("link", { name: /verplaatsen$/ })).toBeVisible();
    await expectNoAxeViolations(page);

    await card.getByRole("link", { name: /: Vrije tijd$/ }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Afspraak: Vrije tijd" })).toBeVisible();
    await expectNoSidewaysScroll(page, 375);
    await expectNoAxeViolations(page);

    // Cancelling from here asks first and says what happens.
    await page.getByText("Afspraak annuleren").click();
    await expect(page.getByText(/vervalt en het moment komt vrij voor iemand anders/)).toBeVisible();
    await page.getByRole("button", { name: "Ja, annuleer de afspraak" }).click();
    await expect(page.getByText("Je afspraak is geannuleerd.")).toBeVisible();
  });
});

test.describe("zonder JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("een inwoner boekt, en annuleert via de link in de mail pas na bevestiging", async ({ page }) => {
    const email = `gast-${Date.now()}@example.be`;
    await page.goto("/afspraken/reispas/gemeentehuis-wingene");
    await page.getByRole("region", { name: "Eerste vrije momenten" }).getByRole("link").last().click();
    const form = page.getByRole("form", { name: "Afspraak bevestigen" });
    await form.getByLabel("Naam").fill(uniqueName("Gast "));
    await form.getByLabel("E-mailadres").fill(email);
    await form.getByLabel("Telefoonnummer").fill("0470 12 34 56");
    const since = new Date(Date.now() - 1000);
    await form.getByRole("button", { name: "Afspraak bevestigen" }).click();
    await expect(page.getByText("Je afspraak is geboekt.")).toBeVisible();

    const mail = await waitForMessage(email, /^Afspraak bevestigd: Reispas/, since);
    const link = firstLink(mail.text.slice(mail.text.indexOf("persoonlijke link")));
    await page.goto(link);
    // The first click only opens the confirmation, which states the consequence.
    await page.getByText("Afspraak annuleren").click();
    await expect(page.getByText(/vervalt en het moment komt vrij voor iemand anders/)).toBeVisible();
    await page.goto(link);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Afspraak: Reispas aanvragen");
    await expect(page.getByText("Geboekt ·")).toBeVisible();

    await page.getByText("Afspraak annuleren").click();
    const cancelledSince = new Date(Date.now() - 1000);
    await page.getByRole("button", { name: "Ja, annuleer de afspraak" }).click();
    await expect(page.getByText("Je afspraak is geannuleerd.")).toBeVisible();
    const cancelled = await waitForMessage(email, /^Afspraak geannuleerd/, cancelledSince);
    expect(cancelled.text).toMatch(/\/afspraken\/reispas/);
  });

  test("een geweigerde instelling van een dienst geeft elke aangevinkte balie terug", async ({ browser }) => {
    const withScript = await browser.newContext();
    const signedIn = await withScript.newPage();
    await signIn(signedIn, "beheerder@wingene.be", "/beheer/onthaal/diensten");
    const context = await browser.newContext({
      javaScriptEnabled: false,
      storageState: await withScript.storageState(),
    });
    try {
      const page = await context.newPage();
      await page.goto("/beheer/onthaal/diensten");
      const form = page.getByRole("form", { name: "Instellingen Reispas aanvragen" });
      await form
        .getByRole("checkbox", { name: "Gespreksruimte 1 Gemeentehuis Wingene", exact: true })
        .check();
      await form
        .getByRole("checkbox", { name: "Themabalie Burgerzaken 2 Gemeentehuis Wingene", exact: true })
        .uncheck();
      await form.getByLabel("Dagen").fill("2");
      await form.getByLabel("Duur (minuten)").fill("0");
      await form.getByRole("button", { name: "Opslaan" }).click();

      const refused = page.getByRole("form", { name: "Instellingen Reispas aanvragen" });
      await expect(refused.getByText("Kies een duur van 5 tot 240 minuten.").first()).toBeVisible();
      await expect(
        refused.getByRole("checkbox", { name: "Gespreksruimte 1 Gemeentehuis Wingene", exact: true }),
      ).toBeChecked();
      await expect(
        refused.getByRole("checkbox", { name: "Themabalie Burgerzaken 1 Gemeentehuis Wingene", exact: true }),
      ).toBeChecked();
      await expect(
        refused.getByRole("checkbox", { name: "Themabalie Burgerzaken 2 Gemeentehuis Wingene", exact: true }),
      ).not.toBeChecked();
      await expect(refused.getByLabel("Dagen")).toHaveValue("2");
      await expect(refused.getByLabel("Duur (minuten)")).toHaveValue("0");
    } finally {
      await context.close();
      await withScript.close();
    }
  });
});
