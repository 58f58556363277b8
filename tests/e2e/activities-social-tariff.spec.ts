// The social tariff (UiTPAS kansentarief) end to end on a 375 px screen: a parent files the UiTPAS
// number for a child on Mijn gezin and sees it requested; staff confirm it on the leisure list with
// what they checked and the end date; the parent sees it confirmed and the basket shows the
// kansentarief price (20 % of the non-resident day price) before paying. Axe on every page; no
// sideways scrolling.
import { randomBytes } from "node:crypto";
import { type Browser, expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { SessionFactory } from "./support/sessions";
import { expectFits } from "./support/util";

const WIDTH = 375;
const WORKSHOP = "/activiteiten/workshop-kleien-zwevezele-2027";

async function contextFor(browser: Browser, sessions: SessionFactory, userId: string, baseURL: string) {
  const { cookie } = await sessions.open(userId);
  const [name, value] = cookie.split("=") as [string, string];
  const context = await browser.newContext({ viewport: { width: WIDTH, height: 900 } });
  await context.addCookies([{ name, value, domain: new URL(baseURL).hostname, path: "/" }]);
  return context;
}

test("a parent files the UiTPAS number, staff confirm it, the basket shows the kansentarief price", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const sessions = new SessionFactory();
  await sessions.connect();
  const suffix = randomBytes(4).toString("hex");
  const child = `Kato${suffix}`;
  const parentId = await sessions.createResident("Ouder Kansentarief", `kansentarief-${suffix}@example.be`);
  await sessions.query(
    `INSERT INTO "HouseholdMember" (id, "userId", "firstName", "lastName", "birthDate", "schoolYear", "childKey")
     VALUES ($1, $2, $3, 'Kansen', '2018-05-05', 6, $4)`,
    [`k-${suffix}`, parentId, child, `key-${suffix}`],
  );
  const parent = await contextFor(browser, sessions, parentId, baseURL!);
  const staff = await contextFor(
    browser,
    sessions,
    await sessions.userIdOf("vrijetijd@wingene.be"),
    baseURL!,
  );
  try {
    const page = await parent.newPage();
    await page.goto("/mijn/gezin");
    await page.getByText(`Kansentarief (UiTPAS) voor ${child}`).click();
    const request = page.getByRole("form", { name: `Kansentarief voor ${child} aanvragen` });
    await request.getByLabel("UiTPAS-nummer").fill("4100 0000 0001");
    await request.getByRole("button", { name: "Kansentarief aanvragen" }).click();
    await expect(request.getByText("Vul het UiTPAS-nummer in: 13 cijfers").first()).toBeVisible();
    await request.getByLabel("UiTPAS-nummer").fill("4100 0000 0001 7");
    await request.getByRole("button", { name: "Kansentarief aanvragen" }).click();
    await expect(request.getByText(`Aangevraagd voor ${child}`)).toBeVisible();
    await page.reload();
    // The state is on the line that opens the section, before anyone opens it.
    await expect(page.locator("summary", { hasText: `voor ${child}: aangevraagd` })).toBeVisible();
    await page.getByText(`Kansentarief (UiTPAS) voor ${child}`).click();
    await expect(page.getByText(/Tot dan geldt het gewone tarief/)).toBeVisible();
    await expectNoAxeViolations(page);
    await expectFits(page);

    const desk = await staff.newPage();
    await desk.goto("/beheer/vrije-tijd/activiteiten/kansentarief");
    await expect(desk.getByRole("heading", { level: 1, name: "Kansentarief (UiTPAS)" })).toBeVisible();
    await expectNoAxeViolations(desk);
    await expectFits(desk);
    const confirm = desk.getByRole("form", { name: `Kansentarief van ${child} bevestigen` });
    await confirm
      .getByLabel("Nagekeken")
      .selectOption({ label: "UiTPAS met kansenstatuut gezien aan de balie" });
    await confirm.getByLabel("Kansenstatuut geldig tot").fill("2027-12-31");
    await confirm.getByRole("button", { name: "Bevestigen" }).click();
    await expect(desk.getByText(`Het kansentarief van ${child} is bevestigd.`)).toBeVisible();
    await expect(desk.getByRole("form", { name: `Kansentarief van ${child} bevestigen` })).toHaveCount(0);

    await page.goto("/mijn/gezin");
    await expect(
      page.locator("summary", { hasText: `voor ${child}: bevestigd tot 31/12/2027` }),
    ).toBeVisible();
    await page.getByText(`Kansentarief (UiTPAS) voor ${child}`).click();
    await expect(page.getByText(/Bevestigd tot 31\/12\/2027/)).toBeVisible();
    await expect(page.getByText(/je betaalt 20 % van de prijs/)).toBeVisible();

    await page.goto(WORKSHOP);
    const basket = page.getByRole("form", { name: "In mijn mandje" });
    await basket.getByLabel("Kind").selectOption({ label: child });
    await basket.getByRole("button", { name: "In mijn mandje" }).click();
    await expect(basket.getByText(`${child} staat in je mandje.`)).toBeVisible();
    await page.goto("/mijn/activiteiten/mandje");
    await expect(page.getByText(/€\s3,00 \(Kansentarief \(UiTPAS\), dagprijs\)/)).toBeVisible();
    await expectNoAxeViolations(page);
    await expectFits(page);
  } finally {
    await parent.close();
    await staff.close();
    await sessions.close();
  }
});
