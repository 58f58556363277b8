// The right to erasure through the pages, without JavaScript: a resident asks on /mijn/privacy, the
// administrator finds the request, reads what will be removed, blanked and kept (with reasons),
// confirms in two steps, and the resident's session no longer opens Mijn Wingene. Counter staff
// without residents:erase do not get the confirmation page. The resident is this file's own.
import { type Browser, expect, test } from "@playwright/test";
import { SESSION_COOKIE, SessionFactory } from "./support/sessions";
import { uniqueName } from "./support/util";

const sessions = new SessionFactory();

test.beforeAll(() => sessions.connect());
test.afterAll(() => sessions.close());

async function pageWithoutScript(browser: Browser, cookie: string) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const baseURL = test.info().project.use.baseURL!;
  await context.addCookies([{ name: SESSION_COOKIE, value: cookie.split("=")[1], url: baseURL }]);
  return context.newPage();
}

test("een inwoner vraagt wissing aan en de beheerder wist na bevestiging, zonder JavaScript", async ({
  browser,
}) => {
  const name = uniqueName("Wis Test ");
  const residentId = await sessions.createResident(name, `wis-${Date.now()}@example.be`);
  const resident = await pageWithoutScript(browser, (await sessions.open(residentId)).cookie);

  await resident.goto("/mijn/privacy");
  await resident.getByText("Vraag wissing aan", { exact: true }).click();
  await resident.getByRole("button", { name: "Ja, vraag wissing aan" }).click();
  await expect(resident.getByText(/Je vroeg op \d\d\/\d\d\/\d{4} om je gegevens te wissen/)).toBeVisible();

  const adminId = await sessions.userIdOf("beheerder@wingene.be");
  const admin = await pageWithoutScript(browser, (await sessions.open(adminId)).cookie);
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
  const desk = await pageWithoutScript(
    browser,
    (await sessions.open(await sessions.userIdOf("onthaal@wingene.be"))).cookie,
  );
  const response = await desk.goto(`/beheer/inwoners/${residentId}/wissen`);
  expect(response?.status()).toBe(403);
  await desk.goto(`/beheer/inwoners/${residentId}`);
  await expect(desk.getByRole("link", { name: "Gegevens wissen" })).toHaveCount(0);
});
