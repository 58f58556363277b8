// The form designer end to end: the administrator makes a new product, gives it a page with a
// text field and a yes/no field (and an info block whose title is markup, shown as text, and a
// repeating group with a second question, removed again), checks the preview, publishes; a resident
// finds it in the catalogue and files it. axe on the designer.
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { signIn } from "./support/sign-in";

const ADMIN = "beheerder@wingene.be";
const RESIDENT = "jan.devos@example.be";
const HOSTILE = "<script>window.__designer = 1</script><b>Let op</b>";

test("staff design and publish a new product that a resident then files", async ({ browser }) => {
  test.setTimeout(120_000);
  const tag = randomUUID().slice(0, 6);
  const name = `Premie voor een bijenhotel ${tag}`;

  const staffContext = await browser.newContext({ viewport: { width: 375, height: 800 } });
  const staff = await staffContext.newPage();
  await signIn(staff, ADMIN);
  await staff.goto("/beheer/formulieren");
  await expect(staff.getByRole("heading", { level: 1, name: "Formulieren van het e-loket" })).toBeVisible();
  await expectNoAxeViolations(staff);

  const create = staff.getByRole("form", { name: "Nieuw product" });
  await create.getByLabel("Naam").fill(name);
  await create.getByLabel("Team dat de aanvragen behandelt").selectOption({ label: "Burgerzaken" });
  await create.getByLabel("Korte uitleg voor inwoners").fill("Een premie voor wie een bijenhotel plaatst.");
  await create.getByLabel("Kostprijs").fill("Gratis");
  await create.getByRole("button", { name: "Product aanmaken" }).click();
  await expect(staff.getByRole("heading", { level: 1, name: `Formulier: ${name}` })).toBeVisible();
  await expect(staff.getByText("Nog niet gepubliceerd.", { exact: false })).toBeVisible();

  const addPage = staff.getByRole("form", { name: "Pagina toevoegen" });
  await addPage.getByLabel("Titel van de nieuwe pagina").fill("Je bijenhotel");
  await addPage.getByLabel("Soort van het eerste veld").selectOption({ label: "Korte tekst" });
  await addPage.getByLabel("Vraag van het eerste veld").fill("Waar staat het bijenhotel?");
  await addPage.getByRole("button", { name: "Pagina toevoegen" }).click();
  await expect(staff.getByRole("heading", { level: 2, name: "Pagina 2: Je bijenhotel" })).toBeVisible();

  const addField = staff.getByRole("form", { name: "Veld toevoegen aan Je bijenhotel" });
  await addField.getByLabel("Soort veld").selectOption({ label: "Ja of nee" });
  await addField.getByLabel("Vraag").fill("Staat het in je tuin?");
  await addField.getByRole("button", { name: "Veld toevoegen" }).click();
  await expect(staff.locator("li > p").getByText("Staat het in je tuin?", { exact: true })).toBeVisible();

  const addInfo = staff.getByRole("form", { name: "Veld toevoegen aan Je bijenhotel" });
  await addInfo.getByLabel("Soort veld").selectOption({ label: "Uitleg (geen vraag)" });
  await addInfo.getByLabel("Vraag").fill(HOSTILE);
  await addInfo.getByRole("button", { name: "Veld toevoegen" }).click();
  // The label is text: the markup shows as typed and nothing in it ran.
  await expect(staff.locator("li > p").getByText(HOSTILE, { exact: true })).toBeVisible();
  expect(
    await staff.evaluate(() => (window as unknown as { __designer?: number }).__designer),
  ).toBeUndefined();
  await expectNoAxeViolations(staff);
  const width = await staff.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(375);

  // A repeating group gets a second question on its own page (axe there too), then goes again.
  const addGroup = staff.getByRole("form", { name: "Veld toevoegen aan Je bijenhotel" });
  await addGroup.getByLabel("Soort veld").selectOption({ label: "Herhalende groep" });
  await addGroup.getByLabel("Vraag").fill("Bijenhotels");
  await addGroup.getByRole("button", { name: "Veld toevoegen" }).click();
  await staff.getByRole("link", { name: "Wijzigen Bijenhotels" }).click();
  const addSub = staff.getByRole("form", { name: "Vraag toevoegen aan Bijenhotels" });
  await addSub.getByLabel("Soort vraag").selectOption({ label: "Getal" });
  await addSub.getByLabel("Vraag in de groep").fill("Aantal kamers");
  await addSub.getByRole("button", { name: "Vraag toevoegen" }).click();
  await staff.getByRole("link", { name: "Wijzigen Bijenhotels" }).click();
  await expect(staff.getByRole("button", { name: "Verwijderen Aantal kamers" })).toBeVisible();
  await expectNoAxeViolations(staff);
  expect(await staff.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await staff.getByRole("link", { name: "Terug naar het formulier" }).click();
  await staff.getByRole("button", { name: "Verwijderen Bijenhotels" }).click();
  await expect(staff.locator("li > p").getByText("Bijenhotels", { exact: true })).toHaveCount(0);

  // The preview: the same form a resident gets, checked but never stored.
  await staff.getByRole("link", { name: "Voorbeeld als inwoner" }).click();
  await expect(staff.getByText("Er wordt niets bewaard of verstuurd.", { exact: false })).toBeVisible();
  await staff.getByRole("link", { name: "Volgende stap" }).click();
  await expect(staff.getByRole("heading", { level: 1, name: "Je bijenhotel" })).toBeVisible();
  await staff.getByRole("button", { name: "Controleren (niets wordt bewaard)" }).click();
  await expect(staff.getByText('Vul "Waar staat het bijenhotel?" in.').first()).toBeVisible();
  await expectNoAxeViolations(staff);
  await staff.getByRole("link", { name: "Terug naar het ontwerp" }).click();

  await staff.getByRole("button", { name: "Nieuwe versie publiceren" }).click();
  await expect(staff.getByText("Versie 1 is gepubliceerd.", { exact: false })).toBeVisible();
  await staffContext.close();

  const residentContext = await browser.newContext({ viewport: { width: 375, height: 800 } });
  const resident = await residentContext.newPage();
  await signIn(resident, RESIDENT);
  await resident.goto(`/loket?zoek=${encodeURIComponent(`bijenhotel ${tag}`)}`);
  await resident.getByRole("link", { name }).click();
  await resident.getByRole("link", { name: "Aanvraag starten" }).click();
  await expect(resident.getByRole("heading", { level: 2, name: "Je aanvraag" })).toBeVisible();
  await resident.getByLabel("Wat wil je aanvragen?").fill("Een premie voor het hotel aan de voorgevel.");
  await resident.getByRole("button", { name: "Opslaan en verder" }).click();
  await expect(resident.getByRole("heading", { level: 2, name: "Je bijenhotel" })).toBeVisible();
  await expect(resident.getByText(HOSTILE, { exact: true })).toBeVisible();
  await resident.getByLabel("Waar staat het bijenhotel?").fill("Aan de voorgevel");
  await resident
    .getByRole("group", { name: /Staat het in je tuin/ })
    .getByLabel("Nee")
    .check();
  await resident.getByRole("button", { name: "Opslaan en verder" }).click();
  await resident.getByRole("button", { name: "Aanvraag versturen" }).click();
  await expect(resident).toHaveURL(/\/mijn\/aanvragen\/[^/?]+\?verstuurd=1$/);
  await expect(resident.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(resident.getByText("We ontvingen je aanvraag.", { exact: false })).toBeVisible();
  await residentContext.close();
});

test("the designer's forms post without JavaScript (create, add, move and edit a field, a condition of two answers, a fee, publish) and a refusal comes back in Dutch", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const tag = randomUUID().slice(0, 6);
  const name = `Attest zonder script ${tag}`;
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 320, height: 800 },
  });
  const page = await context.newPage();
  await signIn(page, ADMIN);
  await page.goto("/beheer/formulieren");
  const create = page.getByRole("form", { name: "Nieuw product" });
  await create.getByLabel("Naam").fill(name);
  await create.getByLabel("Team dat de aanvragen behandelt").selectOption({ label: "Burgerzaken" });
  await create.getByLabel("Korte uitleg voor inwoners").fill("Zonder JavaScript gemaakt.");
  await create.getByLabel("Kostprijs").fill("Gratis");
  await create.getByRole("button", { name: "Product aanmaken" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Formulier: ${name}` })).toBeVisible();

  const addField = page.getByRole("form", { name: "Veld toevoegen aan Je aanvraag" });
  await addField.getByRole("button", { name: "Veld toevoegen" }).click();
  await expect(page.getByText("Vul de vraag of titel in.").first()).toBeVisible();
  await page
    .getByRole("form", { name: "Veld toevoegen aan Je aanvraag" })
    .getByLabel("Vraag")
    .fill("Rijksregisternummer");
  await page.getByRole("form", { name: "Veld toevoegen aan Je aanvraag" }).getByRole("button").click();
  await expect(page.getByText("De wijziging is bewaard in het werkexemplaar.")).toBeVisible();
  await page.getByRole("button", { name: "Omhoog Rijksregisternummer" }).click();
  const labels = page.locator("li > p.font-semibold");
  await expect(labels).toHaveText(["Rijksregisternummer", "Wat wil je aanvragen?"]);

  // The field's own page: label and required changed.
  await page.getByRole("link", { name: "Wijzigen Rijksregisternummer" }).click();
  await page.getByLabel("Vraag").fill("Je rijksregisternummer");
  await page.getByLabel("Verplicht in te vullen").uncheck();
  await page.getByRole("button", { name: "Veld bewaren" }).click();
  await expect(labels).toHaveText(["Je rijksregisternummer", "Wat wil je aanvragen?"]);
  await expect(page.getByText("Korte tekst · niet verplicht")).toBeVisible();

  // A condition of two answers (ALL) and a fixed fee, each posted by its own form.
  for (const [type, label] of [
    ["Ja of nee", "Eerste aanvraag?"],
    ["Ja of nee", "Dringend?"],
    ["Korte tekst", "Waarom dringend?"],
  ] as const) {
    const add = page.getByRole("form", { name: "Veld toevoegen aan Je aanvraag" });
    await add.getByLabel("Soort veld").selectOption({ label: type });
    await add.getByLabel("Vraag").fill(label);
    await add.getByRole("button", { name: "Veld toevoegen" }).click();
    await expect(labels.getByText(label, { exact: true })).toBeVisible();
  }
  await page.getByRole("link", { name: "Wijzigen Waarom dringend?" }).click();
  const condition = page.getByRole("form", { name: "Voorwaarde van Waarom dringend?" });
  await condition
    .getByLabel("Toon dit veld wanneer")
    .selectOption({ label: "alle volgende voorwaarden gelden" });
  await condition.getByLabel("Voorwaarde 1").selectOption({ label: '"Eerste aanvraag?" is "Ja"' });
  await condition.getByLabel("Voorwaarde 2").selectOption({ label: '"Dringend?" is "Ja"' });
  await condition.getByRole("button", { name: "Voorwaarde bewaren" }).click();
  await expect(page.getByText('Enkel als "Eerste aanvraag?" is "Ja" en "Dringend?" is "Ja"')).toBeVisible();
  const fee = page.getByRole("form", { name: "Kostprijs van het formulier" });
  await fee.getByLabel("Berekening van de kostprijs").selectOption({ label: "Vast bedrag" });
  await fee.getByLabel("Bedrag").fill("7,50");
  await fee.getByRole("button", { name: "Kostprijs bewaren" }).click();
  await expect(page.getByText(/^Kostprijs: €\s7,50$/)).toBeVisible();

  // A refused rename comes back with its fold open, the message next to the emptied title.
  const rename = page.getByRole("form", { name: "Pagina Je aanvraag wijzigen" });
  await rename.getByText("Titel en inleiding wijzigen").click();
  await rename.getByLabel("Titel").fill("");
  await rename.getByRole("button", { name: "Pagina bewaren" }).click();
  const refusedRename = page.getByRole("form", { name: "Pagina Je aanvraag wijzigen" });
  await expect(refusedRename.getByLabel("Titel")).toBeVisible();
  await expect(refusedRename.getByText("Vul de titel van de pagina in.").first()).toBeVisible();

  await page.getByRole("button", { name: "Nieuwe versie publiceren" }).click();
  await expect(page.getByText("Versie 1 is gepubliceerd.", { exact: false })).toBeVisible();
  await context.close();
});
