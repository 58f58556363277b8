import { expect, test } from "@playwright/test";
import { signIn } from "./support/sign-in";

test("a resident signs in through the mailbox link, sees Mijn Wingene and is refused at /beheer", async ({
  page,
}) => {
  await signIn(page, "an.peeters@example.be");
  await expect(page).toHaveURL(/\/mijn$/);
  await expect(page.getByRole("heading", { level: 1, name: "Welkom, An Peeters" })).toBeVisible();

  const response = await page.goto("/beheer");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "Geen toegang" })).toBeVisible();
  await expect(page.getByText("Inwoner helpen")).toHaveCount(0);
});

test("reception staff see only the sections their role allows", async ({ page }) => {
  await signIn(page, "onthaal@wingene.be", "/beheer");
  await expect(page).toHaveURL(/\/beheer$/);
  const nav = page.getByRole("navigation", { name: "Beheer" });
  await expect(nav.getByRole("link", { name: "Inwoners" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Meldpunt" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Auditlog" })).toHaveCount(0);
  await expect(nav.getByRole("link", { name: "Openingsuren" })).toHaveCount(0);
  await expect(nav.getByRole("link", { name: "Vrije tijd" })).toHaveCount(0);

  const response = await page.goto("/beheer/audit");
  expect(response?.status()).toBe(403);
});

test("an anonymous visitor is sent to sign in before /mijn", async ({ page }) => {
  await page.goto("/mijn");
  await expect(page).toHaveURL(/\/aanmelden\?terug=%2Fmijn/);
});
