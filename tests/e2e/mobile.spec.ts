// The home page on a phone: no sideways scrolling, the compact "Menu" instead of the desktop
// navigation, and today's status of both town halls. Screenshots land in test-results for people.
import { expect, type Page, test } from "@playwright/test";
import { services } from "@/content/services";
import { expectNoAxeViolations } from "./support/axe";

async function expectNoHorizontalScroll(page: Page, width: number) {
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth, `de pagina is ${scrollWidth}px breed op een scherm van ${width}px`).toBeLessThanOrEqual(
    width,
  );
}

for (const viewport of [
  { width: 375, height: 812 },
  { width: 320, height: 640 },
]) {
  test.describe(`startpagina op ${viewport.width}px breed`, () => {
    test.use({ viewport, isMobile: true, hasTouch: true });

    test("past in de breedte en toont de status van beide gemeentehuizen", async ({ page }, testInfo) => {
      await page.goto("/");
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoHorizontalScroll(page, viewport.width);

      for (const site of ["Gemeentehuis Wingene", "Gemeentehuis Ruiselede"]) {
        const card = page
          .getByRole("listitem")
          .filter({ has: page.getByRole("heading", { level: 3, name: site }) });
        await expect(card).toHaveCount(1);
        await expect(card).toContainText(/Nu (open|gesloten)/);
      }
      await page.screenshot({ path: testInfo.outputPath(`start-${viewport.width}.png`), fullPage: true });
    });

    test("verbergt het hoofdmenu en opent 'Menu' met het toetsenbord", async ({ page }, testInfo) => {
      await page.goto("/");
      await expect(page.getByRole("navigation", { name: "Hoofdmenu" })).toBeHidden();
      const menu = page.getByRole("navigation", { name: "Menu" });
      await expect(menu).toBeHidden();

      const summary = page.locator("summary", { hasText: "Menu" });
      await summary.focus();
      await expect(summary).toBeFocused();
      await page.keyboard.press("Enter");

      await expect(menu).toBeVisible();
      for (const service of services) {
        await expect(menu.getByRole("link", { name: service.title })).toBeVisible();
      }
      await expect(menu.getByRole("link", { name: "Openingsuren" })).toBeVisible();
      await expect(menu.getByRole("link", { name: "Aanmelden" })).toBeVisible();
      await expectNoHorizontalScroll(page, viewport.width);
      await expectNoAxeViolations(page);
      await page.screenshot({ path: testInfo.outputPath(`menu-open-${viewport.width}.png`) });

      // Tab goes into the open menu, Enter on the summary closes it again.
      await page.keyboard.press("Tab");
      await expect(menu.getByRole("link", { name: services[0].title })).toBeFocused();
      await summary.focus();
      await page.keyboard.press("Enter");
      await expect(menu).toBeHidden();
    });
  });
}
