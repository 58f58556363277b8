// Paying by invoice end to end: an officer of a recognised association borrows a table and chooses
// "Factuur (erkende vereniging)"; the order page shows the invoice number and the structured
// communication, the PDF downloads as a PDF, Mijn facturen lists it; staff book the payment on
// /beheer/facturen (with the confirmation step) and find it among the paid ones. Axe on every page;
// the resident pages fit a 375 px screen.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { askReviewForChiro, depotWeekend } from "./support/depot";
import { signIn } from "./support/sign-in";
import { expectFits } from "./support/util";

const OFFICER = "an.peeters@example.be";
const STAFF = "vrijetijd@wingene.be";

test("an officer borrows paying by invoice, downloads the PDF, and staff book the payment", async ({
  browser,
  page,
}) => {
  test.setTimeout(180_000);
  const weekend = depotWeekend(35, 12);

  await signIn(page, OFFICER, "/uitlenen");
  const form = page.getByRole("form", { name: "Materiaal lenen" });
  await askReviewForChiro(form, { "Tafel (aantal)": "1" }, weekend);

  await expect(page.getByRole("heading", { level: 1, name: "Uitlening nakijken" })).toBeVisible();
  await page.getByLabel("Factuur (erkende vereniging)").check();
  await page.getByLabel("Ik aanvaard de voorwaarden van de uitleendienst hierboven.").check();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Reserveren en betalen" }).click();

  await expect(page.getByRole("heading", { level: 1, name: /^Bestelling W\d{2}-\d{6}$/ })).toBeVisible();
  const invoice = page.getByTestId("invoice");
  await expect(invoice).toContainText(/F-\d{4}-\d{6}/);
  await expect(invoice).toContainText(/\+\+\+\d{3}\/\d{4}\/\d{5}\+\+\+/);
  await expect(invoice).toContainText("Chiro Zwevezele");
  const invoiceNumber = (await invoice.textContent())!.match(/F-\d{4}-\d{6}/)![0];
  const orderPage = page.url();
  // No second way to pay: the invoice is how this order is paid.
  await expect(page.getByRole("button", { name: "Betalen met Bancontact of kaart" })).toHaveCount(0);
  await expectNoAxeViolations(page);

  const pdfLink = page.getByRole("link", { name: `Factuur ${invoiceNumber} downloaden (PDF)` });
  const response = await page.request.get((await pdfLink.getAttribute("href"))!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect((await response.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  // Another address gives nothing.
  expect(
    (await page.request.get("/bestelling/geen-geldige-link-van-een-bestelling/factuur.pdf")).status(),
  ).toBe(404);

  await page.setViewportSize({ width: 375, height: 800 });
  await page.reload();
  await expect(page.getByTestId("invoice")).toBeVisible();
  await expectFits(page);
  await page.goto("/mijn/facturen");
  await expect(page.getByRole("heading", { level: 1, name: "Mijn facturen" })).toBeVisible();
  // A phone gets the list as cards (the table is there for wide screens, hidden).
  await expect(
    page.getByRole("link", { name: new RegExp(invoiceNumber) }).filter({ visible: true }),
  ).toHaveCount(1);
  await expectFits(page);
  await expectNoAxeViolations(page);

  // Staff: the open invoices, "Betaling ontvangen" with its confirmation, then among the paid ones.
  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await signIn(staff, STAFF, "/beheer/facturen");
  await expect(staff.getByRole("heading", { level: 1, name: "Facturen" })).toBeVisible();
  const row = staff.getByRole("row").filter({ hasText: invoiceNumber });
  await expect(row.getByText("Open", { exact: true })).toBeVisible();
  await expectNoAxeViolations(staff);
  await row.getByText("Betaling ontvangen").click();
  await expect(row.getByText(/We boeken .* als betaling van factuur/)).toBeVisible();
  await expectNoAxeViolations(staff);
  await row.getByRole("button", { name: /ontvangen$/ }).click();
  await expect(staff.getByRole("row").filter({ hasText: invoiceNumber })).toHaveCount(0);
  await staff.goto("/beheer/facturen?status=betaald");
  await expect(
    staff.getByRole("row").filter({ hasText: invoiceNumber }).getByText("Betaald", { exact: true }),
  ).toBeVisible();
  await expectNoAxeViolations(staff);
  await staffContext.close();

  // The officer's order page now says it is paid.
  await page.goto(orderPage);
  await expect(page.getByRole("heading", { name: "Factuur betaald" })).toBeVisible();
  await expect(page.getByTestId("invoice")).toContainText("Betaald");
});
