// The Content-Security-Policy on the production build: scripts are 'self' plus the hash of each
// inline script of that very response, never 'unsafe-inline'. Pages still hydrate, no page raises a
// securitypolicyviolation, and a script injected without a matching hash does not run.
import { expect, type Page, test } from "@playwright/test";
import { signIn } from "./support/sign-in";
import { waitForHydration } from "./support/util";

declare global {
  interface Window {
    cspViolations: string[];
    injectedRan?: boolean;
  }
}

const PUBLIC_PAGES = [
  "/",
  "/diensten",
  "/openingsuren",
  "/contact",
  "/tickets",
  "/zalen",
  "/afspraken",
  "/melden",
  "/aanmelden",
  "/toegankelijkheid",
  "/privacy",
];

async function recordViolations(page: Page) {
  // Init scripts come in through the DevTools protocol, so the CSP does not apply to this listener.
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`),
    );
  });
}

async function visit(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  const scriptSrc = response!
    .headers()
    ["content-security-policy"].split("; ")
    .find((d) => d.startsWith("script-src"))!;
  expect(scriptSrc, path).toMatch(/^script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+$/);
  // React attaches its props once the page has hydrated: the hashed inline bootstrap did run.
  await waitForHydration(page, "a[href='/']");
  expect(await page.evaluate(() => window.cspViolations), path).toEqual([]);
}

test("public pages hydrate without a single CSP violation and without 'unsafe-inline' scripts", async ({
  page,
}) => {
  await recordViolations(page);
  for (const path of PUBLIC_PAGES) await visit(page, path);
});

test("signed-in pages hydrate without CSP violations", async ({ page }) => {
  await recordViolations(page);
  await signIn(page, "jan.devos@example.be");
  for (const path of ["/mijn", "/mijn/profiel", "/mijn/afspraken"]) await visit(page, path);
});

test("an inline script without a matching hash is blocked and reported", async ({ page }) => {
  await recordViolations(page);
  await page.goto("/diensten");
  await waitForHydration(page, "a[href='/']");
  await page.evaluate(() => {
    const script = document.createElement("script");
    script.textContent = "window.injectedRan = true";
    document.body.append(script);
  });
  await expect.poll(() => page.evaluate(() => window.cspViolations.length)).toBe(1);
  expect(await page.evaluate(() => window.injectedRan)).toBeUndefined();
  expect((await page.evaluate(() => window.cspViolations))[0]).toMatch(/^script-src/);
});
