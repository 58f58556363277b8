// The uitleendienst's rules on /beheer/uitleendienst/instellingen with the keyboard: wrong values
// come back with a Dutch message on each field and the stored rules unchanged; saving the rules
// as they are says so. (The values are shared demo data other tests read, so this test changes
// none of them; integration lending-settings proves a change is stored, audited and read.)
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { signIn } from "./support/sign-in";
import { expectFits } from "./support/util";

test("staff get a Dutch message per wrong rule and keep the stored rules; saving them unchanged is confirmed", async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 900 });
  await signIn(page, "technischedienst@wingene.be", "/beheer/uitleendienst/instellingen");
  const form = page.getByRole("form", { name: "Regels voor elke uitlening" });
  const cancel = form.getByLabel("Annuleren kan tot (werkdagen vóór het afhalen)");
  const fee = form.getByLabel("Boete per dag te laat");
  const months = form.getByLabel("Wie leende bewaren na het einde van een uitlening (maanden)");
  const stored = [await cancel.inputValue(), await fee.inputValue(), await months.inputValue()];
  await expectFits(page, 375);

  await cancel.fill("31");
  await page.keyboard.press("Tab");
  await expect(page.locator(":focus")).toHaveAttribute("name", "lateFeePerDay");
  await fee.fill("tien");
  await months.fill("0");
  await form.getByRole("button", { name: "Bewaren" }).click();
  await expect(form.getByText("Vul een geheel aantal werkdagen van 0 tot 30 in.").first()).toBeVisible();
  await expect(form.getByText(/Vul het bedrag per dag te laat in euro in/).first()).toBeVisible();
  await expect(form.getByText("Vul een geheel aantal maanden van 1 tot 120 in.").first()).toBeVisible();
  await expect(cancel).toBeFocused();
  await expectNoAxeViolations(page);

  await page.reload();
  expect([await cancel.inputValue(), await fee.inputValue(), await months.inputValue()]).toEqual(stored);
  await form.getByRole("button", { name: "Bewaren" }).click();
  await expect(form.getByText(/Bewaard\. De nieuwe regels gelden vanaf nu/)).toBeVisible();
  await page.reload();
  expect([await cancel.inputValue(), await fee.inputValue(), await months.inputValue()]).toEqual(stored);
});
