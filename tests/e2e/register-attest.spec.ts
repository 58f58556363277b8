// The population register in the browser. An Peeters, whose national number is recorded (seeded as
// if read from her eID), files the attest of household composition and finds it at once in Mijn
// aanvragen, issued from the demo's practice register (the e2e server runs it, as `npm start` does);
// the PDF downloads. Then a burgerzaken colleague opens her case and fetches the household from the
// register on the case page. And the counter files the same attest for her at the desk and hands over
// the PDF at once. axe on every page, and each fits 320 px.
import { expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { signIn } from "./support/sign-in";

async function fileAttestAsAnPeeters(page: Page): Promise<string> {
  await signIn(page, "an.peeters@example.be");
  await page.goto("/loket/attest-gezinssamenstelling");
  await page.getByRole("link", { name: "Aanvraag starten" }).click();
  await page.getByLabel("Mezelf").check();
  await page.getByLabel("Waarvoor heb je het nodig?").selectOption({ label: "School of studietoelage" });
  await page.getByRole("button", { name: "Opslaan en verder" }).click();
  await page.getByRole("button", { name: "Aanvraag versturen" }).click();
  await expect(page.getByText("Je attest is meteen opgemaakt uit het bevolkingsregister.")).toBeVisible();
  return /\/mijn\/aanvragen\/([^/?]+)/.exec(page.url())![1]!;
}

async function fitsIn320(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(320);
}

test("a resident with a verified national number gets the household attest at once", async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 320, height: 800 });
  await fileAttestAsAnPeeters(page);
  await expect(page.getByText(/status: Goedgekeurd/)).toBeVisible();
  const link = page.getByRole("link", { name: "Download attest van gezinssamenstelling (pdf)" });
  await expect(link).toBeVisible();
  await expectNoAxeViolations(page);
  await fitsIn320(page);

  const pdf = await page.request.get((await link.getAttribute("href"))!);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toContain("application/pdf");
});

test("burgerzaken fetch the applicant's household from the register on the case page", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const caseId = await fileAttestAsAnPeeters(page);
  // axe needs a page of a context of its own (a second person: the resident stays signed in above).
  const context = await browser.newContext();
  const staff = await context.newPage();
  await staff.setViewportSize({ width: 320, height: 800 });
  await signIn(staff, "burgerzaken@wingene.be");
  await staff.goto(`/beheer/aanvragen/${caseId}`);
  const card = staff.locator("section", {
    has: staff.getByRole("heading", { name: "Bevolkingsregister" }),
  });
  await expect(card.getByText("Rijksregisternummer van de aanvrager: 84.03.15-***.**")).toBeVisible();
  await card.getByRole("button", { name: "Gezin opvragen in het bevolkingsregister" }).click();

  // The register knows her partner, whom she never typed into her profile.
  await expect(card.getByText("Tom Claeys")).toBeVisible();
  await expect(card.getByText("Geboren op 02/11/1982 · partner")).toBeVisible();
  await expect(card.getByText("Adres: Stationsstraat 42, 8750 Wingene")).toBeVisible();
  await expectNoAxeViolations(staff);
  await fitsIn320(staff);
  await context.close();
});

test("the counter files the household attest for a resident at the desk and gets the PDF at once", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 320, height: 800 });
  await signIn(page, "onthaal@wingene.be");
  await page.goto("/beheer/aanvragen/balie");
  await page.getByLabel("Naam of e-mailadres").fill("Peeters");
  await page.getByRole("button", { name: "Zoeken" }).click();
  await page.getByRole("link", { name: "An Peeters" }).click();
  await page.getByRole("link", { name: "Attest van gezinssamenstelling" }).click();
  await page.getByLabel("Mezelf").check();
  await page.getByLabel("Waarvoor heb je het nodig?").selectOption({ label: "Werkgever" });
  await page.getByRole("button", { name: "Opslaan en verder" }).click();
  await page.getByRole("button", { name: "Aanvraag versturen voor de inwoner" }).click();

  await expect(page.getByText(/Aanvraag EL-\d{4}-\d{6} is ingediend voor An Peeters/)).toBeVisible();
  await expect(page.getByText("Het attest is meteen opgemaakt uit het bevolkingsregister.")).toBeVisible();
  const link = page.getByRole("link", { name: /gezinssamenstelling \(pdf\)/i });
  await expect(link).toBeVisible();
  await expectNoAxeViolations(page);
  await fitsIn320(page);

  const pdf = await page.request.get((await link.getAttribute("href"))!);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toContain("application/pdf");
});
