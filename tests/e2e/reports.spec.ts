// The meldpunt end to end: a resident reports a broken street light with a pin and a photo,
// gets a tracking number and the mail; staff solve it; the status page shows it.
import { expect, type Page, test } from "@playwright/test";
import sharp from "sharp";
import { expectNoAxeViolations } from "./support/axe";
import { firstLink, waitForMessage } from "./support/mailbox";
import { signIn } from "./support/sign-in";
import { waitForHydration } from "./support/util";

const RESIDENT = "lotte.vermeersch@example.be";

/** A phone photo: pixels stored sideways with "rotate 90°" in EXIF, and a GPS position. */
function phonePhotoWithGps(): Promise<Buffer> {
  return sharp({ create: { width: 80, height: 40, channels: 3, background: "#445566" } })
    .jpeg()
    .withMetadata({ orientation: 6 })
    .withExif({ IFD3: { GPSLatitudeRef: "N", GPSLatitude: "51/1 3/1 22/1" } })
    .toBuffer();
}

async function offlineTiles(page: Page) {
  // The map must not depend on the internet: tiles are refused, the pin still works.
  await page.route("https://tile.openstreetmap.org/**", (route) => route.abort());
}

async function chooseStreetLight(page: Page) {
  await page.goto("/melden");
  await page.getByLabel("Een melding").check();
  await page.getByRole("button", { name: "Verder" }).click();
  await page.getByLabel("Straatverlichting").check();
  await page.getByRole("button", { name: "Verder" }).click();
  await expect(page.getByRole("heading", { name: /Waar is het\?/ })).toBeVisible();
}

/** The phone says where it is ("Gebruik mijn locatie"): the point goes into the hidden fields. */
async function useMyLocation(page: Page, latitude: number, longitude: number) {
  await page.context().grantPermissions(["geolocation"]);
  await page.context().setGeolocation({ latitude, longitude });
  await page.getByRole("button", { name: "Gebruik mijn locatie" }).click();
  await expect(page.getByText("Je locatie is gekozen.", { exact: false })).toBeVisible();
}

/** The point the map or the position chose, as the form will post it. */
async function chosenPoint(page: Page) {
  const value = (axis: string) => page.locator(`input[type=hidden][name="location.${axis}"]`).inputValue();
  return { lat: Number(await value("latitude")), lng: Number(await value("longitude")) };
}

/** Residents never see raw coordinate fields, with or without JavaScript. */
async function expectNoCoordinateFields(page: Page) {
  await expect(page.getByLabel(/Breedtegraad|Lengtegraad/)).toHaveCount(0);
  await expect(page.getByText(/Coördinaten zelf invullen/)).toHaveCount(0);
}

test("a resident reports a broken street light with a pin and a photo; staff solve it", async ({
  page,
  browser,
}) => {
  // Two sign-ins, five axe runs and a mail round trip: slow when other suites share the machine.
  test.setTimeout(180_000);
  await offlineTiles(page);
  await signIn(page, RESIDENT);
  const since = new Date(Date.now() - 1000);

  await page.goto("/melden");
  await expectNoAxeViolations(page);
  await chooseStreetLight(page);
  await expectNoAxeViolations(page);

  // Drop the pin east of the centre, away from the demo reports.
  const map = page.getByTestId("location-map");
  await expect(page.getByText("Klik of tik op de kaart")).toBeVisible();
  const box = (await map.boundingBox())!;
  await map.click({ position: { x: box.width / 2 + 120, y: box.height / 2 + 40 } });
  await expect(page.getByText(/^Gekozen plek: /)).toBeVisible();
  await expectNoCoordinateFields(page);
  await expect(
    page.getByText(/^Verplicht: geef een adres of plaatsomschrijving, of duid de plek aan/),
  ).toBeVisible();
  const { lat, lng } = await chosenPoint(page);
  expect(lat).toBeGreaterThan(51.0);
  expect(lat).toBeLessThan(51.06);
  expect(lng).toBeGreaterThan(3.28);
  await page.getByLabel(/^Adres/).fill("Kapellestraat 4, 8750 Wingene");
  await page.getByRole("button", { name: "Verder" }).click();

  await expect(page.getByRole("heading", { name: /Beschrijf het/ })).toBeVisible();
  await expect(page.getByText("Stap 4 van 4")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Beschrijving").fill("De straatlamp voor huisnummer 4 brandt al drie avonden niet.");
  const original = await phonePhotoWithGps();
  expect((await sharp(original).metadata()).exif).toBeDefined();
  await page
    .getByLabel(/^Foto/)
    .setInputFiles({ name: "lamp.jpg", mimeType: "image/jpeg", buffer: original });
  await expect(page.getByLabel("E-mailadres")).toHaveValue(RESIDENT);
  await page.getByRole("button", { name: "Melding versturen" }).click();

  const heading = page.getByRole("heading", { level: 1, name: /^Melding MP-\d{4}-\d{6}$/ });
  await expect(heading).toBeVisible();
  const number = (await heading.textContent())!.replace("Melding ", "");
  await expect(page.getByText("Bedankt, we ontvingen je melding.")).toBeVisible();
  await expect(page.getByTestId("report-status")).toHaveText("Nieuw");
  const statusUrl = page.url().replace(/\?.*$/, "");
  await expectNoAxeViolations(page);

  // The photo is served to the token holder upright, without any metadata (the GPS went with it).
  const photo = page.getByRole("img", { name: "Foto 1 bij de melding" });
  await expect(photo).toBeVisible();
  const served = await page.request.get((await photo.getAttribute("src"))!);
  expect(served.headers()["content-type"]).toBe("image/jpeg");
  const stored = await sharp(await served.body()).metadata();
  expect(stored).toMatchObject({ format: "jpeg", width: 40, height: 80 });
  expect(stored.exif).toBeUndefined();

  const mail = await waitForMessage(RESIDENT, new RegExp(`We ontvingen je melding ${number}`), since);
  expect(firstLink(mail.text)).toContain(new URL(statusUrl).pathname);

  // In Mijn Wingene the row opens the report.
  await page.goto("/mijn/meldingen");
  await page.getByRole("cell", { name: number }).getByRole("link").click();
  await expect(page).toHaveURL(/\/mijn\/meldingen\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1, name: `Melding ${number}` })).toBeVisible();
  const myReportUrl = page.url();

  // Staff of the technical department move it to solved with a message for the resident.
  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await offlineTiles(staff);
  await signIn(staff, "technischedienst@wingene.be", "/beheer/meldpunt");
  // Newest first: the inbox opens with the oldest, and another test (the Mijn Wingene pager)
  // backdates 60 open reports of this team, which would push this one to the second page.
  await staff.goto("/beheer/meldpunt?sortering=nieuwste");
  await expectNoAxeViolations(staff);
  await staff.getByRole("link", { name: number }).click();
  await expect(staff.getByRole("heading", { level: 1, name: `Melding ${number}` })).toBeVisible();
  await expect(staff.getByText("Technische dienst").first()).toBeVisible();
  await expectNoAxeViolations(staff);
  await staff.getByLabel("Nieuwe status").selectOption({ label: "In behandeling" });
  await staff.getByRole("button", { name: "Status wijzigen" }).click();
  await expect(staff.getByTestId("staff-report-status")).toHaveText("In behandeling");
  await staff.getByLabel("Nieuwe status").selectOption({ label: "Opgelost" });
  await staff
    .getByLabel(/^Toelichting voor de melder/)
    .fill("De lamp is vervangen. Bedankt voor je melding!");
  await staff.getByRole("button", { name: "Status wijzigen" }).click();
  await expect(staff.getByTestId("staff-report-status")).toHaveText("Opgelost");
  await expect(staff.getByText(/In behandeling → Opgelost door Koen Verhaeghe/)).toBeVisible();
  await staffContext.close();

  // She has an account, so the mail greets her by name and opens the report in Mijn Wingene.
  const solved = await waitForMessage(RESIDENT, new RegExp(`Melding ${number}: opgelost`), since);
  expect(solved.text).toContain("Beste Lotte Vermeersch,");
  expect(firstLink(solved.text)).toBe(myReportUrl);
  await page.goto(firstLink(solved.text));
  await expect(page.getByTestId("report-status")).toHaveText("Opgelost");
  await page.goto(statusUrl);
  await expect(page.getByTestId("report-status")).toHaveText("Opgelost");
  await expect(page.getByText("De lamp is vervangen. Bedankt voor je melding!")).toBeVisible();
});

test("a forged status link gets a clear Dutch 404", async ({ page }) => {
  const response = await page.goto("/melding/AAAAAAAAAAAAAAAAAAAAAAAAAAA");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "We vinden deze melding niet" })).toBeVisible();
});

test("regional roads say where to go instead before the form", async ({ page }) => {
  await page.goto("/melden");
  await page.getByLabel("Een melding").check();
  await page.getByRole("button", { name: "Verder" }).click();
  await page.getByLabel(/Gewestwegen/).check();
  await page.getByRole("button", { name: "Verder" }).click();
  await expect(page.getByText(/Agentschap Wegen en Verkeer/).first()).toBeVisible();
  await expect(page.getByLabel("Beschrijving")).toHaveCount(0);
});

test("a location outside the municipality and a file that is no photo are refused in Dutch", async ({
  page,
}) => {
  await offlineTiles(page);
  await chooseStreetLight(page);
  await useMyLocation(page, 50.8467, 4.3525);
  await page.getByRole("button", { name: "Verder" }).click();
  await expect(page.getByText(/ligt niet in Wingene/).first()).toBeVisible();
  // The summary's link leads to the message next to the chosen place.
  await page
    .getByRole("alert")
    .getByRole("link", { name: /ligt niet in Wingene/ })
    .click();
  await expect(page.locator(":focus")).toContainText(/Gekozen plek: 50\.84670, 4\.35250/);

  await useMyLocation(page, 51.08, 3.31);
  await page.getByRole("button", { name: "Verder" }).click();
  await page.getByLabel("Beschrijving").fill("Lamp knippert de hele nacht.");
  await page.getByLabel("Naam").fill("Test Persoon");
  await page.getByLabel("E-mailadres").fill("geen-foto@example.be");
  await page.getByLabel(/^Foto/).setInputFiles({
    name: "lamp.jpg",
    mimeType: "image/jpeg",
    buffer: Buffer.from("%PDF-1.7 dit is geen foto"),
  });
  await page.getByRole("button", { name: "Melding versturen" }).click();
  await expect(page.getByText(/"lamp.jpg" is geen bestand dat we aanvaarden/).first()).toBeVisible();
  await expect(page.getByLabel(/^Foto/)).toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL(/\/melden\?/);
});

test("a resident near an open street-light report follows it instead of filing a duplicate, and sees only its public part", async ({
  page,
}) => {
  await offlineTiles(page);
  await chooseStreetLight(page);
  // Right next to the seeded report about the lamp at the church on the Markt.
  await useMyLocation(page, 51.05675, 3.27335);
  await page.getByRole("button", { name: "Verder" }).click();
  await expect(page.getByRole("heading", { name: "Is dit dezelfde melding?" })).toBeVisible();
  await expectNoAxeViolations(page);
  const follower = `volger-${Date.now()}@example.be`;
  const since = new Date(Date.now() - 1000);
  const nearby = page.getByRole("form", { name: "Een bestaande melding volgen" });
  await nearby.getByLabel("Je e-mailadres").fill(follower);
  await nearby.getByRole("button", { name: "Ja, volg deze melding" }).click();
  await expect(nearby.getByRole("status")).toContainText(/Je volgt nu melding MP-\d{4}-\d{6}/);
  const mail = await waitForMessage(follower, /Je volgt melding MP-/, since);
  // The other reporter's words are not shown before following, nor after through the link.
  await expect(page.getByText(/Lamp aan de kerk/)).toHaveCount(0);
  await page.goto(firstLink(mail.text));
  await expect(page.getByTestId("report-status")).toBeVisible();
  await expect(page.getByTestId("follower-view")).toBeVisible();
  await expect(page.getByText(/Lamp aan de kerk/)).toHaveCount(0);
  await expect(page.getByRole("img", { name: /Foto/ })).toHaveCount(0);
});

test("the front desk enters a report from a phone call; it lands in the inbox with its channel", async ({
  page,
}) => {
  // Entry, inbox, order and export in one flow: slower than 30 s when the whole suite runs at once.
  test.setTimeout(90_000);
  await offlineTiles(page);
  await signIn(page, "onthaal@wingene.be", "/beheer/meldpunt/nieuw");
  await page.goto("/beheer/meldpunt/nieuw");
  await expectNoAxeViolations(page);
  await page.getByLabel("Kanaal").selectOption({ label: "Telefoon" });
  await page.getByLabel("Soort").selectOption({ label: "Een melding" });
  await page.getByLabel("Categorie").selectOption({ label: "Zwerfvuil en sluikstort (Milieudienst)" });
  await page.getByLabel("Beschrijving").fill("Beller meldt een sluikstort van bouwafval aan het bos.");
  // No place yet: the category needs one, and the message stands next to the address field.
  await page.getByRole("button", { name: "Melding invoeren" }).click();
  await expect(
    page.getByText("Geef een adres of plaatsomschrijving, of kies de plek op de kaart.").last(),
  ).toBeVisible();
  await expect(page.getByLabel(/^Adres/)).toHaveAttribute("aria-invalid", "true");
  await page.getByLabel(/^Adres/).fill("Bosstraat, 8755 Ruiselede");
  // The same map as the resident form: a click fills the coordinates.
  const map = page.getByTestId("location-map");
  await expect(page.getByText("Klik of tik op de kaart")).toBeVisible();
  const box = (await map.boundingBox())!;
  await map.click({ position: { x: box.width / 2 - 150, y: box.height / 2 + 60 } });
  const { lat, lng } = await chosenPoint(page);
  expect(lat).toBeGreaterThan(50.95);
  expect(lat).toBeLessThan(51.1);
  expect(lng).toBeGreaterThan(3.1);
  expect(lng).toBeLessThan(3.3);
  await page.getByLabel(/^Naam/).fill("Beller aan de telefoon");
  await page.getByRole("button", { name: "Melding invoeren" }).click();
  const heading = page.getByRole("heading", { level: 1, name: /^Melding MP-\d{4}-\d{6}$/ });
  await expect(heading).toBeVisible();
  await expect(page.getByText(/via telefoon/)).toBeVisible();
  await expect(page.getByText(`(${lat.toFixed(5)}, ${lng.toFixed(5)},`)).toBeVisible();
  await expect(page.getByText(/naar Milieudienst gestuurd/)).toBeVisible();
  const number = (await heading.textContent())!.replace("Melding ", "");

  // Newest first: the other tests of the run file new reports too, and the default order (oldest
  // first, 50 a page) can put this one on a later page.
  await page.goto("/beheer/meldpunt?status=NIEUW&sortering=nieuwste&weergave=kaart");
  await expect(page.getByRole("region", { name: /Kaart met open meldingen/ })).toBeVisible();
  const row = page.getByRole("row", { name: new RegExp(number) });
  await expect(row).toContainText("Telefoon");
  await expect(row).toContainText("Milieudienst");
  await expectNoAxeViolations(page);

  // The seeded report from twenty days ago is overdue and says so in words, not only in colour.
  await page.goto("/beheer/meldpunt?leeftijd=overdue");
  await expect(page.getByRole("row", { name: /Wegen en voetpaden.*Te laat/ })).toBeVisible();

  // Overdue first: with all open reports, the first row is an overdue one.
  await page.goto("/beheer/meldpunt");
  await page.getByLabel("Volgorde").selectOption({ label: "Te laat eerst" });
  await page.getByRole("button", { name: "Filteren" }).click();
  await expect(page.getByRole("table", { name: /te late eerst/ })).toBeVisible();
  await expect(page.getByRole("row").nth(1)).toContainText("Te laat");

  // The export holds the same filtered list, for Belgian Excel.
  const exportLink = page.getByRole("link", { name: "Exporteren als CSV" });
  expect(await exportLink.getAttribute("href")).toContain("sortering=te-laat");
  const csv = await page.request.get("/api/meldpunt/export?status=NIEUW");
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect(csv.headers()["content-disposition"]).toMatch(
    /attachment; filename="meldpunt-\d{4}-\d{2}-\d{2}\.csv"/,
  );
  const body = await csv.body();
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = body.toString("utf8");
  expect(text).toContain("Volgnummer;Ontvangen;Ouderdom (dagen);Soort;Categorie;Dienst;Kanaal;Status");
  expect(text).toContain(`${number};`);
  expect(text).toContain(";Telefoon;Nieuw;");
});

test("the CSV export is only for staff of the meldpunt", async ({ page, playwright }) => {
  const anonymous = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  expect((await anonymous.get("/api/meldpunt/export")).status()).toBe(401);
  await anonymous.dispose();
  await signIn(page, RESIDENT);
  expect((await page.request.get("/api/meldpunt/export")).status()).toBe(403);
});

test("the beheerder manages departments and categories; a deactivated category leaves the form", async ({
  page,
  browser,
}) => {
  // Seven axe runs and two sign-ins: slow when other suites share the machine.
  test.setTimeout(180_000);
  const tag = Date.now().toString(36).slice(-5);
  const department = `Jeugddienst ${tag}`;
  const category = `Speeltuigen ${tag}`;
  await signIn(page, "beheerder@wingene.be", "/beheer/meldpunt/categorieen");
  await page.goto("/beheer/meldpunt/categorieen");
  await expect(page.getByRole("heading", { level: 1, name: "Categorieën en diensten" })).toBeVisible();
  await expectNoAxeViolations(page);

  // A new department: a bad address is refused next to the field, then it is added.
  const newDepartment = page.getByRole("form", { name: "Nieuwe dienst" });
  await newDepartment.getByLabel("Naam").fill(department);
  await newDepartment.getByLabel("E-mailadres").fill("jeugd-at-wingene");
  await newDepartment.getByRole("button", { name: "Dienst toevoegen" }).click();
  await expect(newDepartment.getByLabel("E-mailadres")).toHaveAccessibleDescription(
    "Vul een geldig e-mailadres in, bijvoorbeeld groen@wingene.be.",
  );
  await newDepartment.getByLabel("E-mailadres").fill("jeugd@wingene.be");
  await newDepartment.getByRole("button", { name: "Dienst toevoegen" }).click();
  await expect(page.getByRole("form", { name: `Dienst ${department}` })).toBeVisible();

  // A new category: missing kinds and department are refused in Dutch, then it is saved.
  await page.getByRole("link", { name: "Nieuwe categorie" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nieuwe categorie" })).toBeVisible();
  await expectNoAxeViolations(page);
  // After a client-side navigation Next keeps the previous page hidden in the document (Activity,
  // Cache Components), with its own "Naam" field: only the visible fields are this page's.
  const field = (label: string | RegExp, exact = false) =>
    page.getByLabel(label, { exact }).filter({ visible: true });
  await field("Naam", true).fill(category);
  await field("Een melding").uncheck();
  await page.getByRole("button", { name: "Categorie bewaren" }).click();
  await expect(
    page
      .getByRole("alert")
      .getByRole("link", { name: "Kies minstens één soort waarvoor deze categorie geldt." }),
  ).toBeVisible();
  await expect(
    page.getByRole("alert").getByRole("link", { name: "Kies de dienst die deze meldingen behandelt." }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await field("Een melding").check();
  await field("Dienst", true).selectOption({ label: department });
  await field("Streeftermijn in dagen").fill("7");
  await field(/Uitleg voor inwoners/).fill("Kapotte schommels, glijbanen en wipkippen.");
  await page.getByRole("button", { name: "Categorie bewaren" }).click();
  await expect(page.getByText("De categorie is bewaard.")).toBeVisible();
  const row = page.getByRole("row", { name: new RegExp(category) });
  await expect(row).toContainText(department);
  await expect(row).toContainText("7 dagen");

  // Residents see it among the categories for a melding.
  const residentContext = await browser.newContext();
  const resident = await residentContext.newPage();
  await resident.goto("/melden?soort=MELDING");
  await expect(resident.getByLabel(category)).toBeVisible();

  // Deactivated after a confirmation that says what it means, it leaves the resident form but stays
  // in the list.
  await row.locator("summary", { hasText: "Uitschakelen" }).click();
  await expect(row.getByText(/De \d+ meldingen in deze categorie blijven bewaard/)).toBeVisible();
  await row.getByRole("button", { name: `Ja, ${category} uitschakelen` }).click();
  await expect(page.getByRole("row", { name: new RegExp(category) })).toContainText("Uitgeschakeld");
  await resident.reload();
  await expect(resident.getByLabel("Straatverlichting")).toBeVisible();
  await expect(resident.getByLabel(category)).toHaveCount(0);
  await residentContext.close();

  // Editing keeps validation next to the field.
  await page.getByRole("link", { name: `${category} wijzigen` }).click();
  await field("Nee, inwoners moeten elders terecht").check();
  await page.getByRole("button", { name: "Categorie bewaren" }).click();
  await expect(
    page.getByRole("alert").getByRole("link", { name: "Leg uit waar de inwoner wel terechtkan." }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
});

test("front-desk staff cannot manage categories", async ({ page }) => {
  await signIn(page, "onthaal@wingene.be", "/beheer/meldpunt");
  await page.goto("/beheer/meldpunt");
  await expect(page.getByRole("link", { name: "Categorieën en diensten" })).toHaveCount(0);
  const response = await page.goto("/beheer/meldpunt/categorieen");
  expect(response?.status()).toBe(403);
});

test("a signed-in resident finds their reports in Mijn Wingene", async ({ page }) => {
  await signIn(page, "marie.claeys@example.be", "/mijn/meldingen");
  await page.goto("/mijn/meldingen");
  await expect(page.getByRole("cell", { name: "Wegen en voetpaden" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto("/mijn");
  await expect(page.getByText(/Melding MP-\d{4}-\d{6} verstuurd/).first()).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the whole report form works with an address and no map, and shows no coordinate fields", async ({
    page,
  }) => {
    const since = new Date(Date.now() - 1000);
    const reporter = `zonder-js-${Date.now()}@example.be`;
    await chooseStreetLight(page);
    await expect(page.getByRole("button", { name: "Gebruik mijn locatie" })).toHaveCount(0);
    await expectNoCoordinateFields(page);
    // Without the map, the page asks only for what it can take: the address.
    await expect(
      page.getByText("Verplicht: geef een adres of plaatsomschrijving.", { exact: true }),
    ).toBeVisible();
    await page.getByLabel(/^Adres/).fill("Bruggestraat 30, 8755 Ruiselede");
    await page.getByRole("button", { name: "Verder" }).click();
    await page.getByLabel("Beschrijving").fill("Straatlamp aan de bushalte knippert voortdurend.");
    await page.getByLabel("Naam").fill("Zonder Script");
    await page.getByLabel("E-mailadres").fill(reporter);
    await page.getByRole("button", { name: "Melding versturen" }).click();
    await expect(page.getByRole("heading", { level: 1, name: /^Melding MP-\d{4}-\d{6}$/ })).toBeVisible();
    await expect(page.getByText("Bruggestraat 30, 8755 Ruiselede").first()).toBeVisible();
    await waitForMessage(reporter, /We ontvingen je melding MP-/, since);
  });

  test("a refused category form gives back every ticked kind, without JavaScript", async ({ page }) => {
    await signIn(page, "beheerder@wingene.be", "/beheer/meldpunt/categorieen/nieuw");
    await page.goto("/beheer/meldpunt/categorieen/nieuw");
    await page.getByLabel("Naam", { exact: true }).fill(`Zonder dienst ${Date.now().toString(36)}`);
    await page.getByLabel("Een klacht").check();
    await page.getByLabel("Een vraag").check();
    // No department chosen: the server refuses, and the page comes back filled in.
    await page.getByRole("button", { name: "Categorie bewaren" }).click();
    await expect(
      page.getByRole("alert").getByRole("link", { name: "Kies de dienst die deze meldingen behandelt." }),
    ).toBeVisible();
    for (const kind of ["Een melding", "Een klacht", "Een vraag"])
      await expect(page.getByLabel(kind)).toBeChecked();
    await expect(page.getByLabel("Een suggestie")).not.toBeChecked();
    await expect(page.getByLabel("Streeftermijn in dagen")).toHaveValue("14");
  });

  test("a place step without an address says so next to the address field", async ({ page }) => {
    await chooseStreetLight(page);
    await page.getByRole("button", { name: "Verder" }).click();
    await expect(page.getByLabel(/^Adres/)).toHaveAttribute("aria-invalid", "true");
    await expect(
      page.getByText("Geef een adres of plaatsomschrijving, of kies de plek op de kaart.").last(),
    ).toBeVisible();
    await expectNoCoordinateFields(page);
  });
});

test("the place can be chosen with the keyboard on a map without tiles, and Tab leaves the map", async ({
  page,
}) => {
  await offlineTiles(page);
  await chooseStreetLight(page);
  await expect(page.getByText("De achtergrondkaart kan nu niet laden")).toBeVisible();
  await expect(page.getByText("Stap 3 van 4")).toBeVisible();
  // The legend does not call the place optional: this category needs one.
  await expect(page.getByText("(niet verplicht)")).toHaveCount(0);
  const map = page.getByRole("region", { name: "Kaart om de plek te kiezen" });
  await map.focus();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Enter");
  await expect(page.getByText(/^Gekozen plek: 51\.\d+, 3\.\d+/)).toBeVisible();
  // Tab goes on through the map's own controls to the rest of the form.
  const next = page.getByRole("button", { name: "Verder" });
  for (let i = 0; i < 12 && !(await next.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press("Tab");
  await expect(next).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: /Beschrijf het/ })).toBeVisible();
});

test("a complaint skips the place step and the counter keeps counting four steps", async ({ page }) => {
  await page.goto("/melden");
  await expect(page.getByText("Stap 1 van 4")).toBeVisible();
  await page.getByLabel("Een klacht").check();
  await page.getByRole("button", { name: "Verder" }).click();
  await expect(page.getByText("Stap 2 van 4")).toBeVisible();
  await page.getByLabel(/^Dienstverlening/).check();
  await page.getByRole("button", { name: "Verder" }).click();
  await expect(page.getByText("Stap 4 van 4")).toBeVisible();
  const steps = page.getByRole("navigation", { name: "Stappen van je melding" });
  await expect(steps.getByRole("listitem").nth(2)).toContainText("Niet van toepassing");
});

test("a category ticked before the page's scripts ran is still ticked when the form is sent", async ({
  page,
}) => {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  // Scripts only: the stylesheets must load, or nothing on the page counts as visible.
  const script = (url: URL) => url.pathname.startsWith("/_next/static/") && url.pathname.endsWith(".js");
  await page.route(script, async (route) => {
    await held;
    await route.continue();
  });
  // The HTML arrives and can be used; the scripts that bring the form alive wait.
  await page.goto("/melden?soort=MELDING", { waitUntil: "commit" });
  await page.getByLabel("Straatverlichting").check();
  release();
  await waitForHydration(page, "form[aria-label='Waarover gaat het?']");
  await expect(page.getByLabel("Straatverlichting")).toBeChecked();
  await page.getByRole("button", { name: "Verder" }).click();
  await expect(page.getByRole("heading", { name: /Waar is het\?/ })).toBeVisible();
});
