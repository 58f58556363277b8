// The instant attest in the browser: An Peeters, whose national number is recorded (seeded as if
// read from her eID), files the attest of household composition and finds it at once in Mijn
// aanvragen, issued from the demo's practice register (the e2e server runs it, as `npm start` does);
// the PDF downloads. axe on the result page, and it fits 320 px.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { signIn } from "./support/sign-in";

test("a resident with a verified national number gets the household attest at once", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await signIn(page, "an.peeters@example.be");
  await page.goto("/loket/attest-gezinssamenstelling");
  await page.getByRole("link", { name: "Aanvraag starten" }).click();
  await page.getByLabel("Mezelf").check();
  await page.getByLabel("Waarvoor heb je het nodig?").selectOption({ label: "School of studietoelage" });
  await page.getByRole("button", { name: "Opslaan en verder" }).click();
  await page.getByRole("button", { name: "Aanvraag versturen" }).click();

  await expect(page.getByText("Je attest is meteen opgemaakt uit het bevolkingsregister.")).toBeVisible();
  await expect(page.getByText(/status: Goedgekeurd/)).toBeVisible();
  const link = page.getByRole("link", { name: "Download attest van gezinssamenstelling (pdf)" });
  await expect(link).toBeVisible();
  await expectNoAxeViolations(page);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(320);

  const pdf = await page.request.get((await link.getAttribute("href"))!);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toContain("application/pdf");
});
