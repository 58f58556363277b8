// Signs in the way a resident does: request a link on /aanmelden, open it from the mailbox.
// Two workers may sign in as the same address at the same moment; a lock file per address keeps
// them from picking up (and spending) each other's one-time link.
import { mkdir, open, rm } from "node:fs/promises";
import path from "node:path";
import { expect, type Page } from "@playwright/test";
import { firstLink, mailboxDir, messagesTo, waitForMessage } from "./mailbox";

async function withAddressLock<T>(address: string, work: () => Promise<T>): Promise<T> {
  const dir = mailboxDir();
  await mkdir(dir, { recursive: true });
  const lock = path.join(dir, `.sign-in-${address.replace(/[^a-z0-9@.+-]/gi, "_")}.lock`);
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      await (await open(lock, "wx")).close();
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST" || Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  try {
    return await work();
  } finally {
    await rm(lock, { force: true });
  }
}

export async function signIn(page: Page, email: string, returnTo?: string): Promise<void> {
  await withAddressLock(email, async () => {
    const earlier = new Set((await messagesTo(email)).map((m) => m.id));
    const since = new Date(Date.now() - 1000);
    await page.goto(returnTo ? `/aanmelden?terug=${encodeURIComponent(returnTo)}` : "/aanmelden");
    await page.getByLabel("E-mailadres").fill(email);
    await page.getByRole("button", { name: "Stuur mij een aanmeldlink" }).click();
    await expect(page.getByRole("heading", { name: "Controleer je mailbox" })).toBeVisible();
    await expect(page).toHaveURL(/\/aanmelden\/controleer-je-mail$/);
    const mail = await waitForMessage(email, /Aanmelden/, since, 10_000, earlier);
    await page.goto(firstLink(mail.text));
  });
}
