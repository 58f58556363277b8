// The lottery end to end on a 375 px screen: a parent enters two children for the seeded lottery
// camp with ranked preferences and "houd broers en zussen samen"; staff close the window, run a
// test draw twice with the same seed (the same list both times, nothing written), then the real
// draw; its seed appears on the activity's page, and the parent finds both children placed in the
// same period in Mijn activiteiten. Axe on every page; no sideways scrolling.
import { randomBytes } from "node:crypto";
import { type Browser, expect, type Page, test } from "@playwright/test";
import { brusselsParts, formatMinutes } from "@/lib/be/time";
import { expectNoAxeViolations } from "./support/axe";
import { SessionFactory } from "./support/sessions";

const SLUG = "jeugdkamp-wilde-bossen-2027";
const WIDTH = 375;

async function contextFor(browser: Browser, sessions: SessionFactory, userId: string, baseURL: string) {
  const { cookie } = await sessions.open(userId);
  const [name, value] = cookie.split("=") as [string, string];
  const context = await browser.newContext({ viewport: { width: WIDTH, height: 900 } });
  await context.addCookies([{ name, value, domain: new URL(baseURL).hostname, path: "/" }]);
  return context;
}

async function expectFits(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `de pagina is ${width}px breed op ${WIDTH}px`).toBeLessThanOrEqual(WIDTH);
}

test("a parent enters two children together, staff test and run the draw, the parent sees the result", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const sessions = new SessionFactory();
  await sessions.connect();
  const suffix = randomBytes(4).toString("hex");
  const [first, second] = [`Lien${suffix}`, `Wout${suffix}`];
  const parentId = await sessions.createResident("Ouder Loting", `loting-${suffix}@example.be`);
  for (const [i, name, born] of [
    [0, first, "2017-03-03"],
    [1, second, "2019-09-09"],
  ] as const)
    await sessions.query(
      `INSERT INTO "HouseholdMember" (id, "userId", "firstName", "lastName", "birthDate", "childKey")
       VALUES ($1, $2, $3, 'Loting', $4, $5)`,
      [`m${i}-${suffix}`, parentId, name, born, `key${i}-${suffix}`],
    );
  const { rows } = await sessions.query<{ id: string }>(`SELECT id FROM "Activity" WHERE slug = $1`, [SLUG]);
  const activityId = rows[0]!.id;
  const parent = await contextFor(browser, sessions, parentId, baseURL!);
  const staff = await contextFor(
    browser,
    sessions,
    await sessions.userIdOf("vrijetijd@wingene.be"),
    baseURL!,
  );
  try {
    // The parent: ranked choices per child, siblings together.
    const page = await parent.newPage();
    await page.goto(`/activiteiten/${SLUG}`);
    await expect(page.getByRole("heading", { level: 1, name: "Jeugdkamp De Wilde Bossen" })).toBeVisible();
    const form = page.getByRole("form", { name: "Deelnemen aan de loting" });
    const child = (name: string) => form.getByRole("group", { name });
    await child(first).getByLabel("Eerste keuze").selectOption({ label: "Week 2" });
    await child(first).getByLabel("Tweede keuze").selectOption({ label: "Week 6" });
    await child(second).getByLabel("Eerste keuze").selectOption({ label: "Week 2" });
    await child(second).getByLabel("Tweede keuze").selectOption({ label: "Week 6" });
    await form.getByLabel("Houd broers en zussen samen").check();
    await form.getByRole("button", { name: "Deelnemen aan de loting" }).click();
    await expect(
      page.getByText(/Je deelname aan de loting is ontvangen \(2 kinderen, samen\)/),
    ).toBeVisible();
    await expectNoAxeViolations(page);
    await expectFits(page);

    await page.goto("/mijn/activiteiten");
    const lotteries = page.locator("section", { has: page.getByRole("heading", { name: "Lotingen" }) });
    await expect(lotteries.getByText(/Je deelname aan de loting is ontvangen/)).toHaveCount(2);
    await expectNoAxeViolations(page);
    await expectFits(page);

    // Staff close the window now, so the draw may run.
    const admin = await staff.newPage();
    const lotteryPage = `/beheer/vrije-tijd/activiteiten/loting/${activityId}`;
    await admin.goto(lotteryPage);
    await expect(
      admin.getByRole("heading", { level: 1, name: "Loting: Jeugdkamp De Wilde Bossen" }),
    ).toBeVisible();
    await expectNoAxeViolations(admin);
    await expectFits(admin);
    // Closing now on a Brussels clock: the date for the date field, the minute for the time field.
    const now = brusselsParts(new Date());
    const mode = admin.getByRole("form", { name: "Manier van inschrijven" });
    await mode.getByLabel("Tot (datum)").fill(now.dateKey);
    await mode.getByLabel("Tot (uur)").fill(formatMinutes(now.minutes));
    await mode.getByRole("button", { name: "Opslaan" }).click();
    await expect(admin.getByText("Opgeslagen: deze activiteit werkt met een loting.")).toBeVisible();

    // A test run, twice with the same seed: the same list, and nothing registered.
    const trial = async () => {
      await admin.goto(lotteryPage);
      await admin.getByLabel("Seed").fill("proef-e2e");
      await admin.getByRole("button", { name: "Proefloting uitvoeren" }).click();
      await expect(admin).toHaveURL(/proef=proef-e2e/);
      const result = admin.getByRole("region", { name: /Proefloting met seed proef-e2e/ });
      await expect(result).toContainText(`${first} Loting`);
      return result.innerText();
    };
    const once = await trial();
    expect(once).toContain("met broer/zus");
    expect(await trial()).toBe(once);
    await expectNoAxeViolations(admin);
    await expectFits(admin);
    const registered = await sessions.query(`SELECT 1 FROM "ActivityRegistration" WHERE "userId" = $1`, [
      parentId,
    ]);
    expect(registered.rowCount).toBe(0);

    // The real draw.
    await admin.goto(lotteryPage);
    await admin.getByText("Loting uitvoeren", { exact: true }).click();
    await admin.getByRole("button", { name: "Ja, loting uitvoeren" }).click();
    await expect(admin.getByText("De loting is uitgevoerd. De ouders kregen een mail.")).toBeVisible();
    await expect(admin.getByText(/Uitgevoerd op .* met seed [0-9a-f]{32}/)).toBeVisible();
    await expect(admin.getByRole("button", { name: "Ja, loting uitvoeren" })).toHaveCount(0);
    await expectNoAxeViolations(admin);

    // The seed is published on the activity's page; the parent sees both children in Week 2.
    await page.goto(`/activiteiten/${SLUG}`);
    await expect(page.getByText("Loting uitgevoerd")).toBeVisible();
    await page.goto("/mijn/activiteiten");
    await expect(page.getByText("Geloot: plaats in Week 2.", { exact: false })).toHaveCount(2);
    await expectNoAxeViolations(page);
    await expectFits(page);
  } finally {
    await Promise.all([parent.close(), staff.close()]);
    await sessions.close();
  }
});
