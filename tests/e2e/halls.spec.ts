// Hall rental end to end: an association member requests the parish centre for the association,
// staff approve it, the member pays through (fake) Stripe, and the booking shows in Mijn Wingene
// and as taken on the public calendar. Writes go through the dedicated demo account.
import { expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { firstLink, waitForMessage } from "./support/mailbox";
import { signIn } from "./support/sign-in";
import { brusselsDateKey } from "./support/util";

const MEMBER = "bram.verstraete@example.be";
const slash = (key: string) => key.split("-").reverse().join("/");
const weekdayIndex = (key: string) => (new Date(`${key}T12:00:00Z`).getUTCDay() + 6) % 7;

function weekCell(page: Page, rowLabel: string, key: string) {
  return page
    .locator("table", { has: page.locator("caption", { hasText: "week van" }) })
    .locator("tr", { has: page.locator("th", { hasText: rowLabel }) })
    .locator("td")
    .nth(weekdayIndex(key));
}

test("an association member requests a hall, staff approve, the member pays and sees it everywhere", async ({
  browser,
  page,
}) => {
  // Three people, a payment and axe on eight pages: generous on a shared machine.
  test.setTimeout(180_000);
  const date = brusselsDateKey(40 + Math.floor(Math.random() * 200));
  await page.goto("/zalen");
  await expect(page.getByRole("heading", { level: 1, name: "Zalen huren" })).toBeVisible();
  await expectNoAxeViolations(page);

  await signIn(page, MEMBER, `/zalen/parochiecentrum-ruiselede?week=${date}`);
  await expect(page.getByRole("heading", { level: 1, name: "Parochiecentrum Ruiselede" })).toBeVisible();
  await expect(weekCell(page, "Avond", date)).toHaveText("Vrij");
  await expectNoAxeViolations(page);

  const form = page.getByRole("form", { name: "Zaal reserveren" });
  await form.getByLabel("Datum").fill(date);
  await form.getByLabel("Avond (18:00–23:00)").check();
  await form.getByLabel("Namens KWB Wingene (erkende vereniging)").check();
  await form.getByLabel("Waarvoor gebruik je de zaal?").fill("Ledenfeest KWB");
  await form.getByRole("button", { name: "Prijs bekijken" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Reservatie nakijken" })).toBeVisible();
  // The hall's page (with its tariff table) stays hidden in the document after the client-side
  // navigation: only what is visible is the review's.
  await expect(
    page.getByText("Erkende Wingense vereniging", { exact: true }).filter({ visible: true }),
  ).toBeVisible();
  await expect(page.getByText("Huur: 1 × € 40,00")).toBeVisible();
  await expect(page.getByText("€ 150,00").filter({ visible: true })).toBeVisible();
  await expect(page.getByText("€ 190,00").filter({ visible: true })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Aanvraag versturen" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Mijn zaalreservaties" })).toBeVisible();
  const row = page.getByRole("row", { name: new RegExp(`Parochiecentrum Ruiselede ${slash(date)}`) });
  await expect(row).toContainText("KWB Wingene");
  await expect(row).toContainText("aangevraagd");
  await expectNoAxeViolations(page);

  // Staff approve on the planning board's request list.
  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  const since = new Date(Date.now() - 1000);
  await signIn(staff, "vrijetijd@wingene.be", "/beheer/zalen");
  await expect(staff.getByRole("heading", { level: 1, name: "Zalen" })).toBeVisible();
  await expectNoAxeViolations(staff);
  await staff.getByRole("link", { name: `${slash(date)} Avond (18:00–23:00)` }).click();
  await expect(staff.getByRole("heading", { level: 1 })).toContainText("Parochiecentrum Ruiselede");
  await expectNoAxeViolations(staff);
  await staff.getByRole("button", { name: "Goedkeuren" }).click();
  await expect(staff.getByText("Goedgekeurd; de aanvrager kreeg een e-mail.")).toBeVisible();
  // The other staff pages pass axe too: settings of a hall and booking at the desk.
  await staff.goto("/beheer/zalen/instellingen/parochiecentrum-ruiselede");
  await expect(staff.getByLabel("Waarborg (in euro)")).toHaveValue("150,00");
  await expectNoAxeViolations(staff);
  // The desk starts from the resident: search, pick, then the hall's form.
  await staff.goto("/beheer/zalen/balie?zaal=sporthal-wingene");
  await staff
    .getByRole("search", { name: "Inwoner zoeken" })
    .getByLabel("Naam of e-mailadres")
    .fill("Verstraete");
  await staff.getByRole("button", { name: "Zoeken" }).click();
  await staff.getByRole("link", { name: "Bram Verstraete" }).click();
  await expect(staff.getByRole("form", { name: "Reservatie aan de balie" })).toBeVisible();
  await expect(staff.getByLabel("Namens KWB Wingene (erkende vereniging)")).toBeVisible();
  await expectNoAxeViolations(staff);
  await staffContext.close();

  // The member pays from the link in the approval mail.
  const mail = await waitForMessage(MEMBER, /Aanvraag goedgekeurd/, since);
  await page.goto(firstLink(mail.text.slice(mail.text.indexOf("hier"))));
  await expect(page.getByText("€ 190,00").first()).toBeVisible();
  await page.getByRole("button", { name: "Betalen met Bancontact of kaart" }).click();
  await expect(page.getByRole("heading", { name: "Testbetaling" })).toBeVisible();
  await page.getByRole("button", { name: "Betalen met Bancontact" }).click();
  await expect(page.getByText("Bedankt! We ontvingen je betaling")).toBeVisible({ timeout: 15_000 });

  await page.goto("/mijn/zalen");
  await expect(row).toContainText("bevestigd, betaald");
  await row.getByRole("link", { name: "Parochiecentrum Ruiselede" }).click();
  await page.getByText("Reservatie annuleren").click();
  await expect(page.getByText(/Annuleren kost nu .*De rest van wat betaald is/)).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto(`/zalen/parochiecentrum-ruiselede?week=${date}`);
  await expect(weekCell(page, "Avond", date)).toHaveText("Bezet");
  await expect(weekCell(page, "Namiddag", date)).toHaveText("Vrij");
});

test("bad input is explained next to the field, an instant room is paid at once and cancelled with its fee", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await signIn(page, MEMBER, "/zalen/vergaderzaal-de-linde");
  const form = page.getByRole("form", { name: "Zaal reserveren" });
  await form.getByLabel("Datum").fill(brusselsDateKey(-2));
  await form.getByLabel("Waarvoor gebruik je de zaal?").fill("Bestuursvergadering");
  await form.getByRole("button", { name: "Prijs bekijken" }).click();
  await expect(form.getByRole("group", { name: "Dagdelen" })).toHaveAccessibleDescription(
    /Kies minstens één dagdeel\./,
  );

  await form.getByLabel("Voormiddag (08:00–13:00)").check();
  await form.getByLabel("Avond (18:00–23:00)").check();
  await form.getByRole("button", { name: "Prijs bekijken" }).click();
  await expect(form.getByText(/Kies dagdelen die op elkaar aansluiten/).first()).toBeVisible();
  // The form comes back with the submitted values; set both boxes explicitly.
  await form.getByLabel("Voormiddag (08:00–13:00)").setChecked(true);
  await form.getByLabel("Avond (18:00–23:00)").setChecked(false);
  await form.getByRole("button", { name: "Prijs bekijken" }).click();
  await expect(form.getByText("Deze datum of dit uur ligt in het verleden.").first()).toBeVisible();
  await expectNoAxeViolations(page);

  const date = brusselsDateKey(30 + Math.floor(Math.random() * 100));
  await form.getByLabel("Datum").fill(date);
  await form.getByLabel("Voor mezelf").check();
  await form.getByRole("button", { name: "Prijs bekijken" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Reservatie nakijken" })).toBeVisible();
  await expect(page.getByText("Inwoner", { exact: true }).filter({ visible: true })).toBeVisible();
  await page.getByRole("button", { name: "Reserveren en betalen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Bestelling W\d{2}-\d{6}$/ })).toBeVisible();
  await expect(page.getByText("€ 160,00").first()).toBeVisible();
  // A hall order speaks of rent and deposit, not of tickets.
  await expect(page.getByRole("columnheader", { name: "Omschrijving" })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "Ticket" })).toHaveCount(0);
  // Two weeks to pay: counted in days, not in thousands of minutes.
  await expect(page.getByText(/Betaal de huur en de waarborg: tot .* \(nog \d+ dagen\)/)).toBeVisible();

  await page.goto("/mijn/zalen");
  await page
    .getByRole("row", { name: new RegExp(`Vergaderzaal De Linde ${slash(date)}`) })
    .getByRole("link")
    .click();
  // Cancelling takes a second step that states the fee first.
  await expect(page.getByText(/Annuleren kost nu/)).toBeHidden();
  await page.getByText("Reservatie annuleren").click();
  await expect(page.getByText(/Annuleren kost nu €\s25,00 \(50 %/)).toBeVisible();
  await page.getByRole("button", { name: /Annuleren voor €\s25,00/ }).click();
  await expect(page.getByText("Je reservatie is geannuleerd.")).toBeVisible();
  await expect(
    page.getByText("geannuleerd", { exact: true }).filter({ visible: true }).first(),
  ).toBeVisible();
});

test("staff close a hall for a day: the public calendar says Gesloten until the closure is lifted", async ({
  browser,
  page,
}) => {
  test.setTimeout(90_000);
  const date = brusselsDateKey(200 + Math.floor(Math.random() * 130));
  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await signIn(staff, "vrijetijd@wingene.be", "/beheer/zalen/instellingen/vergaderzaal-het-torentje");
  const form = staff.getByRole("form", { name: "Zaal sluiten" });
  await form.getByLabel("Eerste dag").fill(date);
  await form.getByLabel("Laatste dag").fill(date);
  await form.getByLabel(/^Reden/).fill("Schilderwerken in de zaal");
  await form.getByRole("button", { name: "Zaal sluiten" }).click();
  await expect(staff.getByText(/De zaal is gesloten voor die periode/)).toBeVisible();
  await staff.reload();
  await expect(staff.getByText(/Schilderwerken in de zaal/)).toBeVisible();
  await expectNoAxeViolations(staff);

  await page.goto(`/zalen/vergaderzaal-het-torentje?week=${date}`);
  await expect(weekCell(page, "Avond", date)).toHaveText("Gesloten");
  await expect(weekCell(page, "Voormiddag", date)).toHaveText("Gesloten");
  await expectNoAxeViolations(page);

  await staff.getByText(`Sluiting van ${slash(date)} opheffen`).click();
  await staff.getByRole("button", { name: "Ja, opheffen" }).click();
  await expect(staff.getByText(/De sluiting is opgeheven/)).toBeVisible();
  await expect(staff.getByText("Geen komende sluitingen.")).toBeVisible();
  await page.reload();
  await expect(weekCell(page, "Avond", date)).toHaveText("Vrij");
  await staffContext.close();
});

test("staff add a hall, are sent to its tariffs, and edit its facts; the catalogue page follows", async ({
  page,
}) => {
  test.setTimeout(90_000);
  const suffix = String(Math.floor(Math.random() * 1e6));
  const name = `Jeugdlokaal De Kapel ${suffix}`;
  await signIn(page, "vrijetijd@wingene.be", "/beheer/zalen/zaal/nieuw");
  const form = page.getByRole("form", { name: "Nieuwe zaal" });
  await form.getByLabel("Naam").fill(name);
  await form.getByLabel("Soort zaal").fill("Jeugdlokaal");
  await form.getByLabel("Deelgemeente").selectOption("Zwevezele");
  await form.getByLabel("Capaciteit (personen)").fill("veel");
  await form.getByLabel("Straat en huisnummer").fill("Kapelstraat 2");
  await form.getByLabel("Postcode").fill("8750");
  await form.getByLabel("Beschrijving").fill("Lokaal voor de jeugdbeweging, met keukentje.");
  await form.getByLabel("Huisregels").fill("Opruimen na gebruik.");
  await form.getByRole("button", { name: "Zaal toevoegen" }).click();
  await expect(form.getByLabel("Capaciteit (personen)")).toHaveAccessibleDescription(
    "Vul een aantal personen in (1 tot 5000).",
  );
  await expectNoAxeViolations(page);
  await form.getByLabel("Capaciteit (personen)").fill("35");
  await form.getByRole("button", { name: "Zaal toevoegen" }).click();

  await expect(page.getByRole("heading", { level: 1, name: `Instellingen: ${name}` })).toBeVisible();
  await expect(page.getByText("De zaal is toegevoegd.")).toBeVisible();
  await page.getByRole("link", { name: "Naam, adres, beschrijving en verhuur aanpassen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Gegevens: ${name}` })).toBeVisible();
  await expectNoAxeViolations(page);
  const edit = page.getByRole("form", { name: "Gegevens van de zaal" });
  await edit.getByLabel("Capaciteit (personen)").fill("45");
  await edit.getByLabel("Voorzieningen").fill("Keukentje\nSpeelplein");
  await edit.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByText("Opgeslagen. De catalogus toont de nieuwe gegevens.")).toBeVisible();

  await page.goto(`/zalen/jeugdlokaal-de-kapel-${suffix}`);
  await expect(page.getByText("Jeugdlokaal in Zwevezele · 45 personen")).toBeVisible();
  await expect(page.getByText("Speelplein")).toBeVisible();
});
