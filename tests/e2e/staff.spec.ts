// Staff acting for a resident, and managing exceptional closures. Pieter Maes (callcenter) and
// Nathalie Goethals (beheerder) write here; Marie Claeys only reads what was done for her.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { signIn } from "./support/sign-in";
import { brusselsDateKey, card, longDutchDate, uniqueName } from "./support/util";

test("het callcenter voegt een gezinslid toe voor Marie Claeys, en Marie ziet dat de gemeente het deed", async ({
  page,
  browser,
}) => {
  const firstName = uniqueName("Noa");
  const marieContext = await browser.newContext();
  try {
    const marie = await marieContext.newPage();
    const byPieter = () =>
      card(marie, "Tijdlijn")
        .getByRole("listitem")
        .filter({ hasText: "Gezinslid toegevoegd" })
        .filter({ hasText: "Gedaan door Pieter Maes van de gemeente" });
    // What Marie's timeline already holds, so this test only counts its own entry.
    await signIn(marie, "marie.claeys@example.be");
    await expect(marie.getByRole("heading", { level: 1, name: "Welkom, Marie Claeys" })).toBeVisible();
    const before = await byPieter().count();

    await signIn(page, "callcenter@wingene.be", "/beheer");
    await expect(page).toHaveURL(/\/beheer$/);
    await page.getByLabel("Naam of e-mailadres").fill("Claeys");
    await page.getByRole("button", { name: "Zoeken" }).click();
    await expect(page).toHaveURL(/\/beheer\/inwoners\?q=Claeys$/);
    await expect(
      page.getByRole("heading", { name: /^\d+ (resultaat|resultaten) voor "Claeys"$/ }),
    ).toBeVisible();
    await page.getByRole("link", { name: "Marie Claeys" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Marie Claeys" })).toBeVisible();
    await expect(page.getByText("E-mail: marie.claeys@example.be")).toBeVisible();

    const form = page.getByRole("form", { name: "Gezinslid toevoegen" });
    await form.getByLabel("Voornaam").fill(firstName);
    await form.getByLabel("Achternaam").fill("Claeys");
    await form.getByLabel("Geboortedatum").fill("2019-06-21");
    await form.getByRole("button", { name: "Gezinslid toevoegen" }).click();
    await expect(form.getByRole("status")).toHaveText(`${firstName} is toegevoegd.`);
    await expect(card(page, "Gezin")).toContainText(`${firstName} Claeys`);

    // The callcenter may help residents, but not manage opening hours.
    const refused = await page.goto("/beheer/openingsuren");
    expect(refused?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "Geen toegang" })).toBeVisible();

    await marie.goto("/mijn");
    await expect(byPieter()).toHaveCount(before + 1);
    await expect(byPieter().first()).toContainText("Mijn gegevens");

    await marie.goto("/mijn/gezin");
    await expect(
      card(marie, "Gezinsleden")
        .getByRole("listitem")
        .filter({ hasText: `${firstName} Claeys` }),
    ).toContainText("geboren op 21/06/2019");
    await expect(marie.getByText(`${firstName} verwijderen`, { exact: true })).toBeVisible();
  } finally {
    await marieContext.close();
  }
});

test("de beheerder voegt een uitzonderlijke sluiting toe die meteen op de openingsuren staat, en haalt ze weer weg", async ({
  page,
  browser,
}) => {
  const reason = `Personeelsdag ${uniqueName()}`;
  const day = brusselsDateKey(40);

  await signIn(page, "beheerder@wingene.be", "/beheer/openingsuren");
  await expect(page.getByRole("heading", { level: 1, name: "Openingsuren en sluitingen" })).toBeVisible();
  const form = page.getByRole("form", { name: "Sluiting toevoegen" });
  await form.getByLabel("Gemeentehuis").selectOption({ label: "Gemeentehuis Ruiselede" });
  await form.getByLabel("Van").fill(day);
  await form.getByLabel("Tot en met").fill(day);
  await form.getByLabel("Reden").fill(reason);
  await form.getByRole("button", { name: "Sluiting toevoegen" }).click();
  await expect(form.getByRole("status")).toHaveText("De sluiting is toegevoegd.");
  const [y, m, d] = day.split("-");
  await expect(card(page, "Komende sluitingen")).toContainText(
    `${d}/${m}/${y} · ${reason} · Gemeentehuis Ruiselede`,
  );

  // Anyone, signed in or not, sees it on the public opening hours page, for Ruiselede only.
  const visitorContext = await browser.newContext();
  try {
    const visitor = await visitorContext.newPage();
    await visitor.goto("/openingsuren");
    const ruiselede = visitor.getByRole("region", { name: "Gemeentehuis Ruiselede" });
    await expect(ruiselede.getByRole("listitem").filter({ hasText: reason })).toHaveText(
      `${longDutchDate(day)}: ${reason}`,
    );
    await expect(visitor.getByRole("region", { name: "Gemeentehuis Wingene" })).not.toContainText(reason);

    // Removing it takes it off the public page again.
    // Removing asks first, and says what it means for residents.
    const item = card(page, "Komende sluitingen").getByRole("listitem").filter({ hasText: reason });
    await item.locator("summary").click();
    await expect(item).toContainText("weer open volgens de weekuren");
    await item.getByRole("button", { name: "Sluiting verwijderen" }).click();
    await expect(card(page, "Komende sluitingen")).not.toContainText(reason);
    await visitor.reload();
    await expect(visitor.getByRole("region", { name: "Gemeentehuis Ruiselede" })).toBeVisible();
    await expect(visitor.getByRole("region", { name: "Gemeentehuis Ruiselede" })).not.toContainText(reason);
  } finally {
    await visitorContext.close();
  }
});

test("de beheerder wijzigt de weekuren: een fout uur krijgt een melding en verandert niets, ongewijzigd bewaren lukt", async ({
  page,
}) => {
  await signIn(page, "beheerder@wingene.be", "/beheer/openingsuren");
  const ruiselede = card(page, "Gemeentehuis Ruiselede");
  const before = await ruiselede.getByRole("table").textContent();
  await ruiselede.getByText("Weekuren van Gemeentehuis Ruiselede wijzigen").click();
  const form = page.getByRole("form", { name: "Weekuren Gemeentehuis Ruiselede wijzigen" });
  await expectNoAxeViolations(page);
  const mondayOpen = await form.getByLabel("Van (maandag 1)").inputValue();
  const mondayClose = await form.getByLabel("Tot (maandag 1)").inputValue();
  expect(mondayOpen).toMatch(/^\d{2}:\d{2}$/);

  await form.getByLabel("Tot (maandag 1)").fill("06:00");
  await form.getByRole("button", { name: "Openingsuren bewaren" }).click();
  await expect(form.getByLabel("Tot (maandag 1)")).toHaveAccessibleDescription(
    "Het einduur ligt voor het beginuur (maandag).",
  );
  await expect(form.getByLabel("Tot (maandag 1)")).toBeFocused();
  await page.reload();
  await expect(card(page, "Gemeentehuis Ruiselede").getByRole("table")).toHaveText(before!);

  // Saving the week as it is changes nothing visible and says so.
  await card(page, "Gemeentehuis Ruiselede")
    .getByText("Weekuren van Gemeentehuis Ruiselede wijzigen")
    .click();
  await expect(form.getByLabel("Tot (maandag 1)")).toHaveValue(mondayClose);
  await form.getByRole("button", { name: "Openingsuren bewaren" }).click();
  await expect(form.getByRole("status")).toHaveText(
    "De openingsuren zijn bewaard en staan meteen op de site.",
  );
  await page.reload();
  await expect(card(page, "Gemeentehuis Ruiselede").getByRole("table")).toHaveText(before!);
});

test("een inwoner krijgt 'Geen toegang' op het beheer van de openingsuren", async ({ page }) => {
  await signIn(page, "marie.claeys@example.be");
  const response = await page.goto("/beheer/openingsuren");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1, name: "Geen toegang" })).toBeVisible();
  await expect(page.getByRole("form", { name: "Sluiting toevoegen" })).toHaveCount(0);
});

test("de feestdagen waarop alle gemeentehuizen sluiten, staan elk jaar vanzelf op de openingsuren", async ({
  page,
  browser,
}) => {
  await signIn(page, "beheerder@wingene.be", "/beheer/openingsuren");
  const holidays = page.getByRole("form", { name: "Gesloten op feestdagen" });
  await expect(holidays.getByRole("checkbox", { name: "Kerstmis" })).toBeChecked();
  await expect(holidays.getByRole("checkbox", { name: "Koningsdag" })).not.toBeChecked();
  await expectNoAxeViolations(page);

  const today = brusselsDateKey(0);
  const christmas =
    `${today.slice(0, 4)}-12-25` >= today
      ? `${today.slice(0, 4)}-12-25`
      : `${Number(today.slice(0, 4)) + 1}-12-25`;
  const visitorContext = await browser.newContext();
  try {
    const visitor = await visitorContext.newPage();
    await visitor.goto("/openingsuren");
    for (const site of ["Gemeentehuis Wingene", "Gemeentehuis Ruiselede"])
      await expect(
        visitor.getByRole("region", { name: site }).getByRole("listitem").filter({ hasText: "Kerstmis" }),
      ).toHaveText(`${longDutchDate(christmas)}: Kerstmis`);
  } finally {
    await visitorContext.close();
  }
});
