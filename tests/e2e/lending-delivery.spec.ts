// Deliveries of the uitleendienst end to end: an association's officer asks for delivery of podium
// elements on a 320 px screen (an address outside the municipality refused on its field first),
// sees the transport cost on the review page and pays by invoice; the loan page in Mijn Wingene
// states the address; the technical service finds it under Leveringen, saves the route order and
// prints the route. Axe on every page on the way.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { depotWeekend } from "./support/depot";
import { signIn } from "./support/sign-in";
import { expectFits, uniqueSuffix } from "./support/util";

const OFFICER = "an.peeters@example.be";
const NARROW = { width: 320, height: 800 };

test("an association asks for delivery of podium elements and the technical service plans and prints the route", async ({
  browser,
  page,
}) => {
  test.setTimeout(240_000);
  const { friday, monday } = depotWeekend(42, 12);
  const street = `Leverstraat ${uniqueSuffix(4)}`;

  await page.setViewportSize(NARROW);
  await signIn(page, OFFICER, "/uitlenen");
  const form = page.getByRole("form", { name: "Materiaal lenen" });
  await form.getByLabel("Podiumelement (aantal)").fill("4");
  await form.getByLabel("Ophalen op").fill(friday);
  await form.getByLabel("Terugbrengen op").fill(monday);
  await form.getByLabel("Laten leveren door de technische dienst").check();
  await form.getByLabel("Straat").fill(street);
  await form.getByLabel("Huisnummer").fill("12");
  await form.getByLabel("Postcode").fill("8000");
  await form.getByLabel("Gemeente").fill("Brugge");
  await form.getByLabel("Leveringsmoment").selectOption({ label: "vrijdag 08:00–11:30" });
  await form
    .getByLabel("Ophaalmoment van de technische dienst")
    .selectOption({ label: "maandag 08:00–11:30" });
  await form.getByLabel("Namens Chiro Zwevezele (erkende vereniging)").check();
  await expectFits(page, NARROW.width);
  await form.getByRole("button", { name: "Prijs en beschikbaarheid nakijken" }).click();
  await expect(form.getByText(/De technische dienst levert alleen in de gemeente/).first()).toBeVisible();
  await expectNoAxeViolations(page);

  await form.getByLabel("Postcode").fill("8750");
  await form.getByLabel("Gemeente").fill("Wingene");
  await form.getByRole("button", { name: "Prijs en beschikbaarheid nakijken" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Uitlening nakijken" })).toBeVisible();
  await expect(page.getByText(`${street} 12, 8750 Wingene`)).toBeVisible();
  await expect(page.getByText("Transport (levering en ophaling)")).toBeVisible();
  // Rent 4 × € 5,00, transport € 60,00, deposit 4 × € 25,00.
  await expect(page.getByText("€ 180,00", { exact: true })).toBeVisible();
  await expectFits(page, NARROW.width);
  await expectNoAxeViolations(page);
  await page.getByLabel("Factuur (erkende vereniging)").check();
  await page.getByLabel("Ik aanvaard de voorwaarden van de uitleendienst hierboven.").check();
  await page.getByRole("button", { name: "Reserveren en betalen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Bestelling W\d{2}-\d{6}$/ })).toBeVisible();
  // At 320 px the order's lines are cards; the table beside them is hidden.
  await expect(
    page
      .getByText(/Levering en ophaling door de technische dienst/)
      .filter({ visible: true })
      .first(),
  ).toBeVisible();

  await page.goto("/mijn/uitleningen");
  await page
    .getByRole("link", { name: /4 × podiumelement/ })
    .first()
    .click();
  await expect(page.getByText(`${street} 12, 8750 Wingene`)).toBeVisible();
  await expect(page.getByText("Levering", { exact: true })).toBeVisible();
  await expectFits(page, NARROW.width);
  await expectNoAxeViolations(page);

  // The technical service: the stop under Leveringen, the route order saved, the route printed.
  const staffContext = await browser.newContext({ viewport: NARROW });
  const staff = await staffContext.newPage();
  await signIn(staff, "technischedienst@wingene.be", `/beheer/uitleendienst?dag=${friday}`);
  const deliveries = staff.getByRole("region", { name: "Leveringen" });
  await expect(deliveries).toContainText(`${street} 12, 8750 Wingene`);
  await expect(deliveries).toContainText("4 × podiumelement");
  await expectFits(staff, NARROW.width);
  await expectNoAxeViolations(staff);
  const routeForm = staff.getByRole("form", { name: "Volgorde van de leveringen" });
  await routeForm.getByRole("spinbutton").first().fill("1");
  await routeForm.getByRole("button", { name: "Volgorde bewaren" }).click();
  await expect(staff.getByText("De volgorde van de route is bewaard.")).toBeVisible();

  await staff.getByRole("link", { name: "Leveringen afdrukken" }).click();
  await expect(staff.getByRole("heading", { level: 1, name: /^Leveringen op / })).toBeVisible();
  const stop = staff.getByRole("listitem").filter({ hasText: `${street} 12, 8750 Wingene` });
  await expect(stop).toContainText("4 × podiumelement");
  await expect(stop).toContainText("08:00–11:30");
  await expect(stop).toContainText("Chiro Zwevezele");
  await expectFits(staff, NARROW.width);
  await expectNoAxeViolations(staff);
  await staffContext.close();
});
