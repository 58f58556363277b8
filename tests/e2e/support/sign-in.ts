// Signs in the way a resident does: request a link on /aanmelden, open it from the mailbox.
import { expect, type Page } from "@playwright/test";
import { firstLink, waitForMessage } from "./mailbox";

export async function signIn(page: Page, email: string, returnTo?: string): Promise<void> {
  const since = new Date(Date.now() - 1000);
  await page.goto(returnTo ? `/aanmelden?terug=${encodeURIComponent(returnTo)}` : "/aanmelden");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByRole("button", { name: "Stuur mij een aanmeldlink" }).click();
  await expect(page.getByRole("heading", { name: "Controleer je mailbox" })).toBeVisible();
  const mail = await waitForMessage(email, /Aanmelden/, since);
  await page.goto(firstLink(mail.text));
}
