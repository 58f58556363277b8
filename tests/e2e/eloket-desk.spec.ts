// The counter files an e-loket request for a resident who comes in or calls: the same form as
// online, prefilled from the resident's profile, the case on the resident's name with the staff
// member in its history; the resident finds it in Mijn aanvragen and gets the confirmation mail.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { waitForMessage } from "./support/mailbox";
import { signIn } from "./support/sign-in";

const DESK = "onthaal@wingene.be";
const RESIDENT = "lotte.vermeersch@example.be";

test("de balie dient een klacht in voor een inwoner, die ze terugvindt in Mijn aanvragen", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const since = new Date(Date.now() - 1000);
  await page.setViewportSize({ width: 375, height: 800 });
  await signIn(page, DESK);
  await page.goto("/beheer/aanvragen/balie");
  await page.getByLabel("Naam of e-mailadres").fill("Vermeersch");
  await page.getByRole("button", { name: "Zoeken" }).click();
  await page.getByRole("link", { name: "Lotte Vermeersch" }).click();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Klacht over de dienstverlening" }).click();

  // The resident's details, not the staff member's, fill the first step.
  await expect(page.getByRole("heading", { level: 2, name: "Je gegevens" })).toBeVisible();
  await expect(page.getByLabel("Naam", { exact: true })).toHaveValue("Lotte Vermeersch");
  await expect(page.getByLabel("E-mailadres")).toHaveValue(RESIDENT);
  await expectNoAxeViolations(page);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(375);
  await page.getByRole("button", { name: "Opslaan en verder" }).click();

  await expect(page).toHaveURL(/\/beheer\/aanvragen\/balie\/klacht\/klacht\?inwoner=/);
  await page.getByLabel("Waarover gaat je klacht?").fill("Wachttijd aan het loket");
  await page.getByLabel("Wat is er gebeurd?").fill("Ik wachtte een uur op een attest.");
  await page.getByRole("group", { name: "Wil je dat we je opbellen?" }).getByLabel("Ja").check();
  await page.getByRole("button", { name: "Opslaan en verder" }).click();

  await expect(page.getByRole("heading", { level: 2, name: "Controleer je antwoorden" })).toBeVisible();
  await expect(page.getByText("Wachttijd aan het loket")).toBeVisible();
  await page.getByRole("button", { name: "Aanvraag versturen voor de inwoner" }).click();
  const done = page.getByText(/Aanvraag EL-\d{4}-\d{6} is ingediend voor Lotte Vermeersch/);
  await expect(done).toBeVisible();
  const number = /EL-\d{4}-\d{6}/.exec((await done.textContent()) ?? "")![0];
  await waitForMessage(RESIDENT, new RegExp(`We ontvingen je aanvraag ${number}`), since);

  const resident = await (await browser.newContext()).newPage();
  await signIn(resident, RESIDENT);
  await resident.goto("/mijn/aanvragen");
  await expect(resident.getByText(number).filter({ visible: true })).toBeVisible();
});
