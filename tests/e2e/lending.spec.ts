// The uitleendienst end to end: an association's officer borrows 40 chairs and 2 tables and pays
// through (fake) Stripe; the technical service hands them out and takes them back with 1 chair
// broken; the deposit is settled and the borrower gets the mail. Axe on every page on the way; the
// resident pages fit a 375 px screen.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { askReviewForChiro, depotWeekend } from "./support/depot";
import { waitForMessage } from "./support/mailbox";
import { signIn } from "./support/sign-in";
import { expectFits, plusDays as plus } from "./support/util";

const OFFICER = "an.peeters@example.be";
const slash = (key: string) => key.split("-").reverse().join("/");

test("an association borrows chairs and tables, the depot hands out and takes back, the deposit is settled", async ({
  browser,
  page,
}) => {
  test.setTimeout(240_000);
  // The depot is closed on public holidays (Easter and Whit Monday): the next open weekend.
  const { friday, monday } = depotWeekend(28, 16);

  await signIn(page, OFFICER, "/uitlenen");
  await expect(page.getByRole("heading", { level: 1, name: "Materiaal lenen" })).toBeVisible();
  await expectNoAxeViolations(page);
  const form = page.getByRole("form", { name: "Materiaal lenen" });
  // Bad input first: nothing chosen and a return before the pick-up.
  await form.getByLabel("Ophalen op").fill(friday);
  await form.getByLabel("Terugbrengen op").fill(plus(friday, -1));
  await form.getByRole("button", { name: "Prijs en beschikbaarheid nakijken" }).click();
  await expect(form.getByText("Kies minstens één stuk materiaal en een aantal.").first()).toBeVisible();
  await expect(form.getByText(/De terugbrengdatum ligt vóór de ophaaldatum/).first()).toBeVisible();
  await expectNoAxeViolations(page);

  await askReviewForChiro(form, { "Stoel (aantal)": "40", "Tafel (aantal)": "2" }, { friday, monday });

  await expect(page.getByRole("heading", { level: 1, name: "Uitlening nakijken" })).toBeVisible();
  await expect(page.getByText("Erkende vereniging of school")).toBeVisible();
  // Rent 40 × € 0,20 + 2 × € 1,00; deposit 40 × € 1 + 2 × € 5.
  await expect(page.getByText("€ 50,00", { exact: true })).toBeVisible();
  await expect(page.getByText("€ 60,00", { exact: true })).toBeVisible();
  await expect(page.getByText(/Bij 2 tafels raden we 12 stoelen aan/)).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Reserveren en betalen" }).click();
  await expect(page.getByText("Aanvaard de voorwaarden om te lenen.").first()).toBeVisible();
  await page.getByLabel("Ik aanvaard de voorwaarden van de uitleendienst hierboven.").check();
  await page.getByRole("button", { name: "Reserveren en betalen" }).click();

  await expect(page.getByRole("heading", { level: 1, name: /^Bestelling W\d{2}-\d{6}$/ })).toBeVisible();
  await expect(page.getByText("€ 60,00").first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Betalen met Bancontact of kaart" }).click();
  await expect(page.getByRole("heading", { name: "Testbetaling" })).toBeVisible();
  await page.getByRole("button", { name: "Betalen met Bancontact" }).click();
  await expect(page.getByText(/Je uitlening is bevestigd/)).toBeVisible({ timeout: 15_000 });

  // The item's page counts the 40 chairs as taken on each day of the loan.
  await page.goto(`/uitlenen/stoelen?van=${friday}`);
  await expect(page.getByText(/nog \d+ van 400 stoelen vrij/).first()).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto("/mijn/uitleningen");
  const row = page.getByRole("row", { name: new RegExp(`40 × stoel, 2 × tafel ${slash(friday)}`) });
  await expect(row).toContainText("Chiro Zwevezele");
  await expect(row).toContainText("Bevestigd");
  await expectNoAxeViolations(page);
  const loanPath = await row.getByRole("link").getAttribute("href");
  // On a phone the list is cards instead of a table.
  await page.setViewportSize({ width: 375, height: 812 });
  await expectFits(page);
  await page.goto(loanPath!);
  await expect(page.getByRole("heading", { level: 1, name: "Uitlening" })).toBeVisible();
  await expectFits(page);
  await expectNoAxeViolations(page);

  // The depot: the day view, hand out, take back with one chair broken, settle.
  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await signIn(staff, "technischedienst@wingene.be", `/beheer/uitleendienst?dag=${friday}`);
  await expect(staff.getByRole("heading", { level: 1, name: "Uitleendienst" })).toBeVisible();
  await expectNoAxeViolations(staff);
  // This loan's row: other tests may lend to Chiro Zwevezele on the same (random) Friday.
  const loanId = loanPath!.split("/").pop();
  await staff
    .getByRole("table", { name: "Meegeven" })
    .getByRole("link", { name: "Chiro Zwevezele" })
    .and(staff.locator(`[href="/beheer/uitleendienst/${loanId}"]`))
    .click();
  await expect(staff.getByRole("heading", { level: 1, name: "Uitlening: Chiro Zwevezele" })).toBeVisible();
  await expectNoAxeViolations(staff);
  await staff.getByRole("button", { name: "Meegegeven" }).click();
  await expect(staff.getByText("Het materiaal is meegegeven.")).toBeVisible();

  const chairs = staff.getByRole("group", { name: /^Stoel/ });
  await chairs.getByLabel("In orde terug").fill("39");
  await chairs.getByLabel("Beschadigd").fill("1");
  await expectNoAxeViolations(staff);
  await staff.getByRole("button", { name: "Teruggenomen" }).click();
  await expect(staff.getByText("Het materiaal is teruggenomen.")).toBeVisible();
  const since = new Date(Date.now() - 1000);
  await staff.getByText("Waarborg afrekenen").click();
  await expect(staff.getByText(/We houden €\s25,00 in en betalen €\s25,00 terug/)).toBeVisible();
  await expectNoAxeViolations(staff);
  await staff.getByRole("button", { name: "Afrekenen" }).click();
  await expect(staff.getByText("De waarborg is afgerekend en de lener is verwittigd.")).toBeVisible();
  await staffContext.close();

  const mail = await waitForMessage(OFFICER, /Je waarborg van de uitleendienst/, since);
  expect(mail.text).toMatch(/We houden €\s25,00 van je waarborg in: 1 beschadigd: Stoel/);
  expect(mail.text).toMatch(/We betalen €\s25,00 terug/);
});

test("the catalogue and an item's page fit a 375 px screen and pass axe", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  for (const path of ["/uitlenen", "/uitlenen/feesttenten"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectFits(page);
    await expectNoAxeViolations(page);
  }
  await expect(page.getByText(/nog \d van 4 feesttenten vrij/).first()).toBeVisible();
});
