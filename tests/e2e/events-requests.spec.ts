// The event wizard requests its material through the uitleendienst's own flow, on a 375 px phone:
// an association officer with a draft event notification goes from the material step to the
// lending flow (the event's set-up to break-down days filled in, the notification carried along),
// borrows nadar barriers with their feet for the association, and lands back on the material step,
// which lists the loan with its status. Axe and no sideways scroll on every page touched.
import { expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { askReviewForChiro, depotWeekend } from "./support/depot";
import { signIn } from "./support/sign-in";
import { expectFits, plusDays } from "./support/util";

const OFFICER = "an.peeters@example.be";

const save = (page: Page) => page.getByRole("button", { name: "Opslaan en verder" }).click();

async function checked(page: Page) {
  await expectNoAxeViolations(page);
  await expectFits(page);
}

test("an association borrows nadar barriers for its event from the wizard's material step and sees the loan there", async ({
  page,
}) => {
  test.setTimeout(180_000);
  // Set-up on the Friday, the event on Saturday, break-down done on Monday: the loan's period.
  const { friday, monday } = depotWeekend(35, 12);
  await page.setViewportSize({ width: 375, height: 812 });
  await signIn(page, OFFICER, "/loket/evenement-melden/aanvraag/organisator");

  await expect(page.getByRole("heading", { level: 2, name: "Organisator" })).toBeVisible();
  await page.getByLabel("Chiro Zwevezele").check();
  await save(page);
  await expect(page.getByRole("heading", { level: 2, name: "Het evenement" })).toBeVisible();
  await page.getByLabel("Naam van het evenement").fill("Chirofeest");
  await page.getByLabel("Soort evenement").selectOption({ label: "Buurtfeest of straatfeest" });
  await page.getByLabel("Korte beschrijving").fill("Feest op het speelplein met springkasteel.");
  await page.getByLabel("Eerste dag").fill(plusDays(friday, 1));
  await page.getByLabel("Laatste dag").fill(plusDays(friday, 1));
  await page.getByLabel("Uren").fill("van 14 tot 22 uur");
  await page.getByLabel("Opbouw vanaf").fill(friday);
  await page.getByLabel("Afbraak klaar op").fill(monday);
  await save(page);
  await expect(page.getByRole("heading", { level: 2, name: "Locatie" })).toBeVisible();
  // On the public domain: the location step offers no hall.
  await page.getByLabel("Op het openbaar domein (straat, plein, weide)").check();
  await page.getByLabel("Straten of plein").fill("Speelplein Zwevezele");
  await save(page);
  await expect(page.getByRole("link", { name: "Zaal aanvragen voor dit evenement" })).toHaveCount(0);

  await page.goto("/loket/evenement-melden/aanvraag/materiaal");
  await expect(page.getByRole("heading", { level: 2, name: "Materiaal van de gemeente" })).toBeVisible();
  await expect(
    page.getByText("Nog geen zaalreservatie of uitlening gekoppeld aan dit evenement."),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: "Zaal aanvragen voor dit evenement" })).toHaveCount(0);
  await checked(page);
  await page.getByRole("link", { name: "Materiaal lenen voor dit evenement" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Materiaal lenen" })).toBeVisible();
  const form = page.getByRole("form", { name: "Materiaal lenen" });
  await expect(form.getByText(/Je vraagt dit aan voor je evenement/)).toBeVisible();
  await expect(form.getByLabel("Ophalen op")).toHaveValue(friday);
  await expect(form.getByLabel("Terugbrengen op")).toHaveValue(monday);
  await checked(page);
  // "Nadarhek (aantal)" is also part of the feet's label: labels from their start.
  await form.getByLabel(/^Nadarhek \(aantal\)/).fill("10");
  await form.getByLabel(/^Voet voor nadarhek \(aantal\)/).fill("10");
  await askReviewForChiro(form, {}, { friday, monday });

  await expect(page.getByRole("heading", { level: 1, name: "Uitlening nakijken" })).toBeVisible();
  await expect(page.getByText("Komt bij je evenementmelding")).toBeVisible();
  await checked(page);
  await page.getByLabel("Ik aanvaard de voorwaarden van de uitleendienst hierboven.").check();
  await page.getByRole("button", { name: "Reserveren en betalen" }).click();

  // Back on the material step: the loan is listed with its status, and the way to pay it.
  await expect(page.getByRole("heading", { level: 2, name: "Materiaal van de gemeente" })).toBeVisible();
  await expect(page.getByText(/Je uitlening is aangevraagd en hoort nu bij dit evenement/)).toBeVisible();
  await expect(page.getByRole("link", { name: /bestelling W\d{2}-\d{6} bekijken en betalen/ })).toBeVisible();
  // On a phone the list is cards: the visible one names the material, its days and its status.
  const loan = page
    .getByRole("link", { name: "Materiaal: 10 nadarhekken, 10 voeten" })
    .filter({ visible: true });
  await expect(loan).toHaveCount(1);
  await expect(page.getByText("Wacht op betaling").filter({ visible: true })).toHaveCount(1);
  await checked(page);
});
