// Sign-in through OpenID Connect (the ACM/IDM gateway with itsme/eID in production), against the
// fake provider scripts/test-all.ts starts on loopback.
import { expect, test } from "@playwright/test";

test("a resident signs in with itsme/eID through OpenID Connect and gets an account with name and e-mail", async ({
  page,
}) => {
  await page.goto("/aanmelden");
  await page.getByRole("link", { name: "Aanmelden met itsme of eID" }).click();
  await expect(page).toHaveURL(/\/mijn$/);
  await expect(page.getByRole("heading", { level: 1, name: "Welkom, Eva Goossens" })).toBeVisible();
  await page.goto("/mijn/profiel");
  await expect(page.getByText("Je bent aangemeld als eva.goossens@example.be.")).toBeVisible();
  await expect(page.getByLabel("Voor- en achternaam")).toHaveValue("Eva Goossens");
});
