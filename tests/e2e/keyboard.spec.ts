// Keyboard-only use: the skip link, a logical tab order through the contact form, and errors that
// are announced, marked and tied to their fields.
import { expect, test } from "@playwright/test";
import { waitForHydration } from "./support/util";

test("de eerste Tab geeft de link 'Ga naar de inhoud', die de focus naar de inhoud brengt", async ({
  page,
}) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Ga naar de inhoud" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();

  await page.keyboard.press("Enter");
  const main = page.locator("main#inhoud");
  await expect(main).toBeFocused();

  // The next Tab continues inside the content, not back in the header.
  await page.keyboard.press("Tab");
  const insideMain = await page.evaluate(
    () => document.querySelector("main#inhoud")?.contains(document.activeElement) ?? false,
  );
  expect(insideMain).toBe(true);
});

test("het contactformulier heeft een logische tabvolgorde en meldt lege velden in het Nederlands", async ({
  page,
}) => {
  await page.goto("/contact");
  const form = page.getByRole("form", { name: "Contactformulier" });

  const name = form.getByLabel("Naam", { exact: true });
  const email = form.getByLabel("E-mailadres");
  const message = form.getByLabel("Je vraag of bericht");
  const privacy = form.getByRole("link", { name: "privacyverklaring" });
  const submit = form.getByRole("button", { name: "Bericht versturen" });

  // The first focus in the form loads its code (components/ui/defer-until-used.tsx).
  await name.focus();
  await waitForHydration(page, "form[aria-label='Contactformulier']");
  for (const next of [email, message, privacy, submit]) {
    await page.keyboard.press("Tab");
    await expect(next).toBeFocused();
  }

  await page.keyboard.press("Enter");
  await expect(form.getByRole("alert").getByRole("heading")).toHaveText("Controleer de gemarkeerde velden.");
  // Focus goes to the first field that needs attention.
  await expect(name).toBeFocused();

  const expected: [typeof name, string][] = [
    [name, "Vul je naam in."],
    [email, "Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.be."],
    [message, "Schrijf je vraag in minstens 10 tekens."],
  ];
  for (const [field, error] of expected) {
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await expect(field).toHaveAccessibleDescription(error);
  }

  // Fixing one field clears only that field's error on the next attempt.
  await name.fill("Ria Vandamme");
  await submit.press("Enter");
  await expect(name).not.toHaveAttribute("aria-invalid", "true");
  await expect(email).toHaveAttribute("aria-invalid", "true");
  await expect(email).toBeFocused();
});
