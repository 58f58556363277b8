// Presence and the fiscal attest end to end: a paid registration for the sports camp (written in
// the database, the registration itself is proven by activities.spec.ts), the leisure desk ticks
// two days on the participant list on a 320 px phone without JavaScript, and the parent finds the
// attest on Mijn activiteiten and downloads the PDF; another resident gets 404 for it.
import { randomBytes } from "node:crypto";
import { type Browser, expect, test } from "@playwright/test";
import { SessionFactory } from "./support/sessions";

const SESSION = "sportkamp-multimove-2027-2027-08-02-week-5";

async function contextFor(
  browser: Browser,
  sessions: SessionFactory,
  userId: string,
  baseURL: string,
  javaScriptEnabled = true,
) {
  const { cookie } = await sessions.open(userId);
  const [name, value] = cookie.split("=") as [string, string];
  const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 320, height: 800 } });
  await context.addCookies([{ name, value, domain: new URL(baseURL).hostname, path: "/" }]);
  return context;
}

test("staff tick presence without JavaScript on a phone, and the parent downloads the attest", async ({
  browser,
  baseURL,
}) => {
  const sessions = new SessionFactory();
  await sessions.connect();
  const suffix = randomBytes(4).toString("hex");
  const childName = `Kobe${suffix}`;
  const parentId = await sessions.createResident("Ouder Attest", `attest-${suffix}@example.be`);
  const memberId = `m-${suffix}`;
  await sessions.query(
    `INSERT INTO "HouseholdMember" (id, "userId", "firstName", "lastName", "birthDate", "childKey")
     VALUES ($1, $2, $3, 'Test', '2018-04-01', $4)`,
    [memberId, parentId, childName, `key-${suffix}`],
  );
  const orderId = `o-${suffix}`;
  await sessions.query(
    `INSERT INTO "Order" (id, number, status, "holdReference", "buyerUserId", "buyerName", "totalCents",
       "accessToken", "paidAt", "updatedAt")
     VALUES ($1, $2, 'PAID', $3, $4, 'Ouder Attest', 10000, $5, now(), now())`,
    [orderId, `E2E-${suffix}`, `order:${suffix}`, parentId, `token-${suffix}`],
  );
  await sessions.query(
    `INSERT INTO "ActivityRegistration" (id, "sessionId", "userId", "memberId", "childKey", "childName",
       "startDate", "endDate", status, arrival, "orderId", "tariffCode", "tariffLabel", "priceCents", "updatedAt")
     VALUES ($1, $2, $3, $4, $5, $6, '2027-08-02', '2027-08-06', 'CONFIRMED', nextval('activity_arrival_seq'),
       $7, 'RESIDENT', 'Inwoner', 10000, now())`,
    [`r-${suffix}`, SESSION, parentId, memberId, `key-${suffix}`, childName, orderId],
  );

  const staff = await contextFor(
    browser,
    sessions,
    await sessions.userIdOf("vrijetijd@wingene.be"),
    baseURL!,
    false,
  );
  const parent = await contextFor(browser, sessions, parentId, baseURL!);
  const stranger = await contextFor(
    browser,
    sessions,
    await sessions.createResident("Andere Ouder", `ander-${suffix}@example.be`),
    baseURL!,
  );
  try {
    const page = await staff.newPage();
    await page.goto(`/beheer/vrije-tijd/activiteiten/${SESSION}`);
    const form = page.getByRole("form", { name: "Aanwezigheden per dag" });
    await form
      .getByRole("group", { name: /2 augustus/ })
      .getByRole("checkbox", { name: childName })
      .check();
    await form
      .getByRole("group", { name: /3 augustus/ })
      .getByRole("checkbox", { name: childName })
      .check();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, `de pagina is ${width}px breed op 320px`).toBeLessThanOrEqual(320);
    await form.getByRole("button", { name: "Aanwezigheden bewaren" }).click();
    await expect(page.getByText(/Bewaard: \d+ aanwezigheden/)).toBeVisible();
    await page.goto(`/beheer/vrije-tijd/activiteiten/${SESSION}`);
    const again = page.getByRole("form", { name: "Aanwezigheden per dag" });
    const checkbox = (day: RegExp) =>
      again.getByRole("group", { name: day }).getByRole("checkbox", { name: childName });
    await expect(checkbox(/2 augustus/)).toBeChecked();
    await expect(checkbox(/3 augustus/)).toBeChecked();
    await expect(checkbox(/4 augustus/)).not.toBeChecked();

    const mine = await parent.newPage();
    await mine.goto("/mijn/activiteiten");
    const link = mine.getByRole("link", { name: `Attest 2027 voor ${childName} (pdf)` });
    const href = await link.getAttribute("href");
    const pdf = await parent.request.get(href!);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
    expect((await stranger.request.get(href!)).status()).toBe(404);
  } finally {
    await Promise.all([staff.close(), parent.close(), stranger.close()]);
    await sessions.close();
  }
});
