// Activities end to end: a parent puts three children in the basket for a workshop with two
// places, takes a place in the waiting room, registers with one click (two placed, the third on
// the waiting list), pays through (fake) Stripe and sees them in Mijn activiteiten; cancelling one
// frees a place that is offered to the third child by mail, accepted with the link and paid. Axe on
// every page on the way; the pages fit a 375 px screen.
import { expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { waitForMessage } from "./support/mailbox";
import { signIn } from "./support/sign-in";

const PARENT = "hanne.maes@example.be";
const WORKSHOP = "/activiteiten/workshop-kleien-zwevezele-2027";

async function expectFits(page: Page, width = 375) {
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth, `de pagina is ${scrollWidth}px breed op ${width}px`).toBeLessThanOrEqual(width);
}

async function payWithStripe(page: Page) {
  await expect(page.getByRole("heading", { level: 1, name: /^Bestelling W\d{2}-\d{6}$/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Betalen met Bancontact of kaart" }).click();
  await expect(page.getByRole("heading", { name: "Testbetaling" })).toBeVisible();
  await page.getByRole("button", { name: "Betalen met Bancontact" }).click();
  await expect(page.getByText(/Je kinderen zijn ingeschreven/)).toBeVisible({ timeout: 15_000 });
}

test("a parent registers two children and pays, the third waits and accepts a freed place", async ({
  page,
}) => {
  test.setTimeout(240_000);
  await signIn(page, PARENT, WORKSHOP);
  await expect(page.getByRole("heading", { level: 1, name: "Workshop kleien" })).toBeVisible();
  await expect(page.getByText(/Nog 2 van 2 plaatsen/)).toBeVisible();
  const form = page.getByRole("form", { name: "In mijn mandje" });
  for (const child of ["Mila", "Finn", "Lou"]) {
    await form.getByLabel("Kind").selectOption({ label: child });
    await form.getByRole("button", { name: "In mijn mandje" }).click();
    await expect(form.getByText(`${child} staat in je mandje.`)).toBeVisible();
  }
  // The same child twice: a Dutch message and nothing more in the basket.
  await form.getByLabel("Kind").selectOption({ label: "Mila" });
  await form.getByRole("button", { name: "In mijn mandje" }).click();
  await expect(form.getByText("Dit kind staat al voor deze periode in je mandje.").first()).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto("/mijn/activiteiten/mandje");
  await expect(page.getByRole("heading", { level: 1, name: "Mijn mandje" })).toBeVisible();
  await expect(page.getByText(/Totaal als alle plaatsen vrij zijn: €\s36,00/)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Plaats nemen in de wachtzaal" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Wachtzaal" })).toBeVisible();
  await expect(page.getByText("Je bent aan de beurt.")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Nu inschrijven" }).click();
  // The answer in place: per child a place or the waiting list, and the order to pay.
  const answer = page.getByRole("form", { name: "Mandje versturen" }).getByRole("status");
  await expect(answer).toContainText("Je inschrijving is binnen.");
  await expect(answer).toContainText("Lou, ");
  await expect(answer.getByRole("listitem").filter({ hasText: "Lou" })).toContainText("op de wachtlijst");
  await expect(answer.getByRole("listitem").filter({ hasText: "Mila" })).toContainText("een plaats");
  await expect(answer).toContainText(/Betaal €\s24,00 vóór \d{2}:\d{2}/);
  // Sent once: the answer replaces the button.
  await expect(page.getByRole("button", { name: "Nu inschrijven" })).toHaveCount(0);
  await expectNoAxeViolations(page);
  const desktop = page.viewportSize()!;
  await page.setViewportSize({ width: 375, height: 812 });
  await expectFits(page);
  await page.setViewportSize(desktop);
  await answer.getByRole("link", { name: "Betalen" }).click();
  await expect(page.getByText("€ 24,00").first()).toBeVisible();
  await payWithStripe(page);

  await page.goto("/mijn/activiteiten");
  const rows = page.getByRole("row");
  await expect(rows.filter({ hasText: "Mila Maes" })).toContainText("Ingeschreven");
  await expect(rows.filter({ hasText: "Finn Maes" })).toContainText("Ingeschreven");
  await expect(rows.filter({ hasText: "Lou Maes" })).toContainText("Op de wachtlijst (plaats 1)");
  await expectNoAxeViolations(page);

  // Finn cannot come after all: the panel states what comes back, then the place goes to Lou.
  const since = new Date(Date.now() - 1000);
  const finn = rows.filter({ hasText: "Finn Maes" });
  await finn.getByText("Annuleren", { exact: true }).click();
  await expect(finn.getByText(/We betalen €\s12,00 terug/)).toBeVisible();
  await finn.getByRole("button", { name: "Ja, annuleren" }).click();
  await expect(page.getByText("De inschrijving is geannuleerd.")).toBeVisible();
  const offer = await waitForMessage(PARENT, /Er is een plaats vrij voor Lou/, since);
  const link = offer.text.match(/https?:\/\/\S+\/activiteiten\/aanbod\/\S+/)?.[0];
  expect(link).toBeTruthy();
  await page.goto(new URL(link!).pathname);
  await expect(page.getByRole("heading", { level: 1, name: "Er is een plaats vrij" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Plaats aanvaarden en betalen" }).click();
  await expect(page.getByText("€ 12,00").first()).toBeVisible();
  await payWithStripe(page);

  await page.goto("/mijn/activiteiten");
  await expect(page.getByRole("row").filter({ hasText: "Lou Maes" })).toContainText("Ingeschreven");
  // The link was used: it says so instead of offering the place again.
  await page.goto(new URL(link!).pathname);
  await expect(page.getByText("Dit aanbod bestaat niet of werd al gebruikt.")).toBeVisible();

  await page.setViewportSize({ width: 375, height: 812 });
  for (const path of ["/mijn/activiteiten", "/mijn/activiteiten/mandje", "/activiteiten", WORKSHOP]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectFits(page);
    await expectNoAxeViolations(page);
  }
});
