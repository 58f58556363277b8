// Pages that decide per request answer with a real HTTP status, not a 200 around an error page:
// Next sends a page's shell before a request-time guard or lookup runs, and the portal's server
// sets the status the page decided on (lib/http/page-status.ts). Proven on the production build.
import { expect, test } from "@playwright/test";
import { signIn } from "./support/sign-in";

test("a resident opening a back-office section gets HTTP 403 and the Dutch refusal", async ({ page }) => {
  await signIn(page, "jan.devos@example.be");
  const response = await page.goto("/beheer/vrije-tijd");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1, name: "Geen toegang" })).toBeVisible();
});

test("an unknown order link gets HTTP 404 and the Dutch not-found page", async ({ page }) => {
  const response = await page.goto("/bestelling/dit-is-geen-bestaande-bestellingslink-0000");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Deze pagina bestaat niet" })).toBeVisible();
});

test("an unknown performance gets HTTP 404", async ({ page }) => {
  const response = await page.goto("/tickets/deze-voorstelling-bestaat-niet");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Deze pagina bestaat niet" })).toBeVisible();
});

test("Mijn Wingene signed out is an HTTP redirect to the sign-in page", async ({ request }) => {
  const response = await request.get("/mijn", { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  expect(response.headers().location).toBe("/aanmelden?terug=%2Fmijn");
});

test("an old service address that is online now is a permanent HTTP redirect", async ({ request }) => {
  const response = await request.get("/diensten/afspraak", { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(response.headers().location).toBe("/afspraken");
});
