// The right to erasure through the pages, without JavaScript: a resident asks on /mijn/privacy, the
// administrator finds the request, reads what will be removed, blanked and kept (with reasons),
// confirms in two steps, and the resident's session no longer opens Mijn Wingene. Counter staff
// without residents:erase do not get the confirmation page. Both pages fit 320 px and pass axe
// (with JavaScript). Every resident here is created by this file.
import { type Browser, expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { SESSION_COOKIE, SessionFactory } from "./support/sessions";
import { uniqueName } from "./support/util";

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

test("een inwoner vraagt wissing aan en de beheerder wist na bevestiging, zonder JavaScript", async ({
  browser,
}) => {
  const name = uniqueName("Wis Test ");
  const residentId = await sessions.createResident(name, `wis-${Date.now()}@example.be`);
  const resident = await signedInPage(browser, (await sessions.open(residentId)).cookie);

  await resident.goto("/mijn/privacy");
  await resident.getByText("Vraag wissing aan", { exact: true }).click();
  await resident.getByRole("button", { name: "Ja, vraag wissing aan" }).click();
  await expect(resident.getByText(/Je vroeg op \d\d\/\d\d\/\d{4} om je gegevens te wissen/)).toBeVisible();

  const adminId = await sessions.userIdOf("beheerder@wingene.be");
  const admin = await signedInPage(browser, (await sessions.open(adminId)).cookie);
  await admin.goto("/beheer/inwoners/wissingen");
  await admin.getByRole("link", { name }).click();
  await expect(admin).toHaveURL(`/beheer/inwoners/${residentId}/wissen`);
  await expect(admin.getByRole("heading", { name: "Wordt verwijderd" })).toBeVisible();
  await expect(admin.getByRole("heading", { name: "Wordt bewaard" })).toBeVisible();
  await expect(admin.getByText(/Boekhoudkundige bewaarplicht: 7 jaar/).first()).toBeVisible();

  await admin.getByText("Gegevens wissen", { exact: true }).click();
  await admin.getByRole("button", { name: "Ja, definitief wissen" }).click();
  await expect(admin).toHaveURL("/beheer/inwoners/wissingen?gewist=1");
  await expect(admin.getByRole("status").filter({ hasText: "De gegevens zijn gewist." })).toBeVisible();
  await expect(admin.getByRole("link", { name })).toHaveCount(0);

  // The resident's session is gone: Mijn Wingene asks to sign in.
  await resident.goto("/mijn/privacy");
  await expect(resident).toHaveURL(/\/aanmelden/);
  const { rows } = await sessions.query<{ name: string | null; erasedAt: Date | null }>(
    `SELECT name, "erasedAt" FROM "User" WHERE id = $1`,
    [residentId],
  );
  expect(rows[0]).toMatchObject({ name: null, erasedAt: expect.any(Date) });
});

test("een baliemedewerker zonder wisrecht krijgt de bevestigingspagina niet", async ({ browser }) => {
  const residentId = await sessions.createResident(uniqueName("Blijf "), `blijf-${Date.now()}@example.be`);
  const desk = await signedInPage(
    browser,
    (await sessions.open(await sessions.userIdOf("onthaal@wingene.be"))).cookie,
  );
  const response = await desk.goto(`/beheer/inwoners/${residentId}/wissen`);
  expect(response?.status()).toBe(403);
  await desk.goto(`/beheer/inwoners/${residentId}`);
  await expect(desk.getByRole("link", { name: "Gegevens wissen" })).toHaveCount(0);
});

test("de aanvraag en de bevestigingspagina passen op 320 px en hebben geen axe-overtredingen", async ({
  browser,
}) => {
  const residentId = await sessions.createResident(uniqueName("Smal "), `smal-${Date.now()}@example.be`);
  const pages = [
    [await signedInPage(browser, (await sessions.open(residentId)).cookie, true), "/mijn/privacy"],
    [
      await signedInPage(
        browser,
        (await sessions.open(await sessions.userIdOf("beheerder@wingene.be"))).cookie,
        true,
      ),
      `/beheer/inwoners/${residentId}/wissen`,
    ],
  ] as const;
  for (const [page, path] of pages) {
    await page.goto(path);
    await page.locator("summary").last().click();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, `${path} is ${width}px breed`).toBeLessThanOrEqual(320);
    await expectNoAxeViolations(page);
  }
});
