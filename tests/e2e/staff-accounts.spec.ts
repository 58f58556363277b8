// Staff accounts through the pages, without JavaScript on a 320 px phone: the administrator adds a
// staff member by e-mail, changes the roles and takes the access away, which signs that person out
// at once (their open session no longer opens the back office). Staff without staff:manage get 403.
import { type Browser, expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { SESSION_COOKIE, SessionFactory } from "./support/sessions";
import { uniqueSuffix } from "./support/util";

const sessions = new SessionFactory();

test.beforeAll(() => sessions.connect());
test.afterAll(() => sessions.close());

async function signedInPage(browser: Browser, cookie: string, script = false) {
  const context = await browser.newContext({
    javaScriptEnabled: script,
    viewport: { width: 320, height: 640 },
  });
  const baseURL = test.info().project.use.baseURL!;
  await context.addCookies([{ name: SESSION_COOKIE, value: cookie.split("=")[1], url: baseURL }]);
  return context.newPage();
}

const fits320 = async (page: Page) =>
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

const rolesOf = async (userId: string) =>
  (
    await sessions.query<{ role: string }>(
      `SELECT role FROM "StaffRoleAssignment" WHERE "userId" = $1 ORDER BY role`,
      [userId],
    )
  ).rows.map((r) => r.role);

test("de beheerder voegt een medewerker toe, wijzigt de rollen en trekt de toegang in, zonder JavaScript", async ({
  browser,
}) => {
  const admin = await signedInPage(
    browser,
    (await sessions.open(await sessions.userIdOf("beheerder@wingene.be"))).cookie,
  );
  await admin.goto("/beheer/medewerkers");
  await expect(admin.getByRole("heading", { level: 1, name: "Medewerkers" })).toBeVisible();
  await expect(admin.getByRole("link", { name: "Nathalie Goethals" })).toBeVisible();
  await fits320(admin);

  const email = `medewerker-${uniqueSuffix(8)}@wingene.be`;
  await admin.getByLabel("E-mailadres").fill(email);
  await admin.getByRole("checkbox", { name: "Vrije tijd" }).check();
  await admin.getByRole("button", { name: "Medewerker toevoegen" }).click();
  await expect(admin).toHaveURL(/\/beheer\/medewerkers\/[^/?#]+$/);
  await expect(admin.getByRole("heading", { level: 1, name: email })).toBeVisible();
  const userId = await sessions.userIdOf(email);
  expect(await rolesOf(userId)).toEqual(["LEISURE"]);
  await fits320(admin);

  // The new staff member signs in and works in the back office.
  const member = await signedInPage(browser, (await sessions.open(userId)).cookie);
  expect((await member.goto("/beheer/vrije-tijd"))?.status()).toBe(200);

  await admin.getByRole("checkbox", { name: "Evenementen" }).check();
  await admin.getByRole("button", { name: "Rollen bewaren" }).click();
  await expect(admin.getByText("De rollen zijn bewaard.")).toBeVisible();
  await expect(admin.getByRole("checkbox", { name: "Evenementen" })).toBeChecked();
  expect(await rolesOf(userId)).toEqual(["LEISURE", "EVENTS"]);

  await admin.locator("summary", { hasText: "Toegang intrekken" }).click();
  await admin.getByRole("button", { name: "Ja, toegang intrekken" }).click();
  await expect(admin).toHaveURL(/\?ingetrokken=1$/);
  await expect(admin.getByText("heeft geen rollen meer en is overal afgemeld")).toBeVisible();
  expect(await rolesOf(userId)).toEqual([]);
  const left = await sessions.query(`SELECT 1 FROM "Session" WHERE "userId" = $1`, [userId]);
  expect(left.rowCount).toBe(0);

  // The session the person still holds in the browser opens nothing any more.
  await member.goto("/beheer/vrije-tijd");
  await expect(member).toHaveURL(/\/aanmelden\?terug=/);
});

test("de lijst van medewerkers heeft geen toegankelijkheidsfouten", async ({ browser }) => {
  const admin = await signedInPage(
    browser,
    (await sessions.open(await sessions.userIdOf("beheerder@wingene.be"))).cookie,
    true,
  );
  await admin.goto("/beheer/medewerkers");
  await expect(admin.getByRole("heading", { level: 1, name: "Medewerkers" })).toBeVisible();
  await expectNoAxeViolations(admin);
});

// With JavaScript: the Dutch refusal page replaces the streamed shell by script (the status is 403 either way).
test("medewerkers zonder beheerdersrol krijgen HTTP 403 op het medewerkersbeheer", async ({ browser }) => {
  const clerk = await signedInPage(
    browser,
    (await sessions.open(await sessions.userIdOf("onthaal@wingene.be"))).cookie,
    true,
  );
  const response = await clerk.goto("/beheer/medewerkers");
  expect(response?.status()).toBe(403);
  await expect(clerk.getByRole("heading", { level: 1, name: "Geen toegang" })).toBeVisible();
});
