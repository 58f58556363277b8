// The audit log for the administrator: Dutch words instead of codes, filters, paging with the
// true total, a CSV export with the same filter, and a list that fits a phone.
import { expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { signIn } from "./support/sign-in";

/** Opening a resident's file is audited: something this test knows is in the log. */
async function viewResident(page: Page) {
  await page.goto("/beheer/inwoners?q=Peeters");
  await page.getByRole("link", { name: "An Peeters" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "An Peeters" })).toBeVisible();
}

test("the administrator reads, filters and exports the audit log in Dutch", async ({ page }) => {
  await signIn(page, "beheerder@wingene.be", "/beheer/audit");
  await viewResident(page);
  await page.goto("/beheer/audit");
  await expect(page.getByRole("heading", { level: 1, name: "Auditlog" })).toBeVisible();
  const list = page.getByRole("table", { name: "Handelingen, nieuwste eerst" });
  await expect(list).toBeVisible();
  // Codes such as "resident.viewed" never show as they are.
  for (const action of await list.locator("tbody tr td:first-child").allTextContents())
    expect(action).not.toMatch(/^[a-z-]+\.[a-z_-]+$|^Andere handeling/);
  await expect(page.getByRole("navigation", { name: "Paginering" })).toContainText(/\d+ handeling(en)?\b/);

  const filters = page.getByRole("search", { name: "Auditlog filteren" });
  await filters.getByLabel("Wie").fill("Nathalie Goethals");
  await filters.getByLabel("Wat").selectOption({ label: "Fiche van een inwoner bekeken" });
  await filters.getByRole("button", { name: "Filteren" }).click();
  await expect(page).toHaveURL(/wat=resident\.viewed/);
  const rows = list.getByRole("row");
  await expect(rows.nth(1)).toContainText("Fiche van een inwoner bekeken");
  await expect(rows.nth(1)).toContainText("Nathalie Goethals");
  await expect(rows.nth(1)).toContainText("An Peeters");
  for (const action of await list.locator("tbody tr td:first-child").allTextContents())
    expect(action).toBe("Fiche van een inwoner bekeken");
  await expectNoAxeViolations(page);

  const exportLink = page.getByRole("link", { name: "Exporteren als CSV" });
  expect(await exportLink.getAttribute("href")).toContain("wat=resident.viewed");
  const csv = await page.request.get((await exportLink.getAttribute("href"))!);
  expect(csv.status()).toBe(200);
  const text = (await csv.body()).toString("utf8");
  expect(text.split("\r\n")[0]).toBe("\uFEFFWanneer;Wie;Namens;Handeling;Code;Over;Verwijzing");
  expect(text).toContain(
    ";Nathalie Goethals;An Peeters;Fiche van een inwoner bekeken;resident.viewed;Inwoner;",
  );
  expect(text).not.toContain(";Gezinslid toegevoegd;");

  // A wrong period is refused next to its field, in Dutch.
  await page.goto("/beheer/audit?van=2026-05-10&tot=2026-05-01");
  await expect(page.getByRole("search").getByLabel("Tot en met")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("De einddatum ligt voor de begindatum.").first()).toBeVisible();
});

test("the audit export is only for staff who may read the audit log", async ({ page, playwright }) => {
  const anonymous = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  expect((await anonymous.get("/beheer/audit/export")).status()).toBe(401);
  await anonymous.dispose();
  await signIn(page, "onthaal@wingene.be");
  expect((await page.request.get("/beheer/audit/export")).status()).toBe(403);
});

for (const width of [375, 320]) {
  test.describe(`staff and resident lists at ${width} px`, () => {
    test.use({ viewport: { width, height: 800 }, isMobile: true, hasTouch: true });

    test("the audit log and the meldpunt inbox do not scroll sideways and pass axe", async ({ page }) => {
      await signIn(page, "beheerder@wingene.be");
      await viewResident(page);
      for (const path of ["/beheer/audit", "/beheer/meldpunt"]) {
        await page.goto(path);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        const { wide, culprits } = await page.evaluate((limit) => {
          const over = [...document.querySelectorAll("main *")].filter(
            (el) => el.getBoundingClientRect().right > limit + 0.5,
          );
          return {
            wide: document.documentElement.scrollWidth,
            culprits: over
              .slice(-3)
              .map((el) => `${el.tagName}.${el.className}: ${el.textContent?.slice(0, 40)}`),
          };
        }, width);
        expect(
          wide,
          `${path} is ${wide}px breed op ${width}px door ${culprits.join(" | ")}`,
        ).toBeLessThanOrEqual(width);
        await expectNoAxeViolations(page);
      }
      // On a phone each entry is a card that says what happened in words.
      await page.goto("/beheer/audit");
      const cards = page.getByRole("list", { name: "Handelingen, nieuwste eerst" });
      await expect(cards.getByRole("listitem").first()).toBeVisible();
    });

    test("Mijn meldingen fits and each report opens from its card", async ({ page }) => {
      await signIn(page, "marie.claeys@example.be", "/mijn/meldingen");
      await page.goto("/mijn/meldingen");
      const wide = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(wide).toBeLessThanOrEqual(width);
      await expectNoAxeViolations(page);
      const card = page.getByRole("list", { name: "Mijn meldingen" }).getByRole("listitem").first();
      await card.getByRole("link").click();
      await expect(page.getByTestId("report-status")).toBeVisible();
    });
  });
}
