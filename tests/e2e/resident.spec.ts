// A resident keeps their own data in Mijn Wingene. Jan Devos is this file's own account: no other
// spec writes to him, and every test signs in afresh so the acting choice never leaks between tests.
import { expect, type Page, test } from "@playwright/test";
import { signIn } from "./support/sign-in";
import { brusselsDateKey, card, uniqueName, uniqueSuffix } from "./support/util";

const JAN = "jan.devos@example.be";

test.beforeEach(async ({ page }) => {
  await signIn(page, JAN);
  await expect(page.getByRole("heading", { level: 1, name: "Welkom, Jan Devos" })).toBeVisible();
});

const timeline = (page: Page) => card(page, "Tijdlijn").getByRole("listitem");

test("een gewijzigd telefoonnummer blijft bewaard", async ({ page }) => {
  const digits = Array.from(uniqueSuffix(6), (c) => String(c.charCodeAt(0) % 10)).join("");
  const phone = `0470 ${digits.slice(0, 2)} ${digits.slice(2, 4)} ${digits.slice(4, 6)}`;

  await page.goto("/mijn/profiel");
  const form = page.getByRole("form", { name: "Gegevens" });
  await expect(form.getByLabel("Voor- en achternaam")).toHaveValue("Jan Devos");
  await form.getByLabel("Telefoon").fill(phone);
  await form.getByRole("button", { name: "Gegevens bewaren" }).click();
  await expect(form.getByRole("status")).toHaveText("De gegevens zijn bewaard.");
  await expect(form.getByLabel("Telefoon")).toHaveValue(phone);

  await page.reload();
  await expect(page.getByRole("form", { name: "Gegevens" }).getByLabel("Telefoon")).toHaveValue(phone);
  await expect(page.getByRole("form", { name: "Gegevens" }).getByLabel("Voor- en achternaam")).toHaveValue(
    "Jan Devos",
  );
});

test("een gezinslid toevoegen, terugzien op de tijdlijn en weer verwijderen", async ({ page }) => {
  const firstName = uniqueName("Lien");
  await page.goto("/mijn");
  const addedBefore = await timeline(page).filter({ hasText: "Gezinslid toegevoegd" }).count();
  const removedBefore = await timeline(page).filter({ hasText: "Gezinslid verwijderd" }).count();

  await page.goto("/mijn/gezin");
  const form = page.getByRole("form", { name: "Gezinslid toevoegen" });
  await form.getByLabel("Voornaam").fill(firstName);
  await form.getByLabel("Achternaam").fill("Devos");
  await form.getByLabel("Geboortedatum").fill("2016-03-09");
  await form.getByRole("button", { name: "Gezinslid toevoegen" }).click();
  await expect(form.getByRole("status")).toHaveText(`${firstName} is toegevoegd.`);

  const members = card(page, "Gezinsleden");
  await expect(members.getByRole("listitem").filter({ hasText: `${firstName} Devos` })).toContainText(
    "geboren op 09/03/2016",
  );

  await page.goto("/mijn");
  await expect(timeline(page).filter({ hasText: "Gezinslid toegevoegd" })).toHaveCount(addedBefore + 1);
  await expect(timeline(page).first()).toContainText("Gezinslid toegevoegd");
  await expect(timeline(page).first()).not.toContainText("Gedaan door");
  await expect(card(page, "Mijn gezin")).toContainText(firstName);

  // Removing asks first and says what it means.
  await page.goto("/mijn/gezin");
  await page.getByText(`${firstName} verwijderen`, { exact: true }).click();
  await expect(card(page, "Gezinsleden")).toContainText(
    `${firstName} Devos staat dan niet meer bij je gezin`,
  );
  await page.getByRole("button", { name: `Ja, ${firstName} verwijderen` }).click();
  await expect(card(page, "Gezinsleden")).not.toContainText(firstName);
  await page.reload();
  await expect(card(page, "Gezinsleden")).not.toContainText(firstName);

  await page.goto("/mijn");
  await expect(timeline(page).filter({ hasText: "Gezinslid verwijderd" })).toHaveCount(removedBefore + 1);
});

test("een geboortedatum in de toekomst wordt geweigerd en niets wordt bewaard", async ({ page }) => {
  const firstName = uniqueName("Toekomst");
  await page.goto("/mijn/gezin");
  const form = page.getByRole("form", { name: "Gezinslid toevoegen" });
  await form.getByLabel("Voornaam").fill(firstName);
  await form.getByLabel("Achternaam").fill("Devos");
  const birthDate = form.getByLabel("Geboortedatum");
  await birthDate.fill(brusselsDateKey(30));
  await form.getByRole("button", { name: "Gezinslid toevoegen" }).click();

  await expect(form.getByRole("alert").getByRole("heading")).toHaveText("Controleer de gemarkeerde velden.");
  await expect(birthDate).toHaveAttribute("aria-invalid", "true");
  await expect(birthDate).toHaveAccessibleDescription(/De geboortedatum ligt in de toekomst\.$/);
  await expect(form.getByLabel("Voornaam")).not.toHaveAttribute("aria-invalid", "true");
  await expect(form.getByRole("status")).toHaveCount(0);

  await page.reload();
  await expect(card(page, "Gezinsleden")).not.toContainText(firstName);
});

test("namens Chiro Zwevezele handelen en terug in eigen naam", async ({ page }) => {
  // The badge in the Mijn Wingene layout; the site header may show the choice too.
  const badge = page.getByRole("main").getByText("Namens Chiro Zwevezele", { exact: true });
  const anyMention = page.getByText("Namens Chiro Zwevezele", { exact: true });
  await page.goto("/mijn/verenigingen");
  await expect(anyMention).toHaveCount(0);

  const choice = page.getByRole("group", { name: "Ik handel" });
  await choice.getByRole("radio", { name: "namens Chiro Zwevezele" }).check();
  await page.getByRole("button", { name: "Keuze bewaren" }).click();
  await expect(page.getByRole("form", { name: "Handelen namens" }).getByRole("status")).toHaveText(
    "Je keuze is bewaard.",
  );
  await expect(badge).toBeVisible();

  // The choice belongs to the session: it holds on other pages and after a reload.
  await page.goto("/mijn");
  await expect(badge).toBeVisible();
  await expect(timeline(page).first()).toContainText("Je handelt nu namens een vereniging");
  await expect(timeline(page).first()).toContainText("Chiro Zwevezele");
  await page.goto("/mijn/verenigingen");
  await expect(page.getByRole("radio", { name: "namens Chiro Zwevezele" })).toBeChecked();

  await page.getByRole("radio", { name: "in eigen naam" }).check();
  await page.getByRole("button", { name: "Keuze bewaren" }).click();
  await expect(page.getByRole("form", { name: "Handelen namens" }).getByRole("status")).toHaveText(
    "Je keuze is bewaard.",
  );
  await expect(anyMention).toHaveCount(0);
  await page.reload();
  await expect(anyMention).toHaveCount(0);
  await expect(page.getByRole("radio", { name: "in eigen naam" })).toBeChecked();
});
