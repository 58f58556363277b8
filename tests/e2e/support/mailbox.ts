// Reads the local mailbox the portal writes to when no SMTP server is configured.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

export type MailboxMessage = {
  id: string;
  to: string;
  subject: string;
  text: string;
  html?: string;
  sentAt: string;
};

export function mailboxDir(): string {
  const mailbox = process.env.MAILBOX_DIR;
  if (!mailbox) throw new Error("MAILBOX_DIR ontbreekt: start de e2e-tests met `npm run test:e2e`.");
  return path.resolve(mailbox);
}

export async function messagesTo(address: string): Promise<MailboxMessage[]> {
  const dir = mailboxDir();
  const files = await readdir(dir).catch(() => [] as string[]);
  const messages = await Promise.all(
    files
      .filter((f) => f.endsWith(".json"))
      .map(async (f) => JSON.parse(await readFile(path.join(dir, f), "utf8")) as MailboxMessage),
  );
  return messages.filter((m) => m.to === address).sort((a, b) => a.sentAt.localeCompare(b.sentAt));
}

/**
 * Waits for a message to `address` sent after `since` whose subject matches. Messages whose id is
 * in `exclude` (e.g. everything that was already there before the request) never count.
 */
export async function waitForMessage(
  address: string,
  subject: RegExp,
  since: Date,
  timeoutMs = 10_000,
  exclude: ReadonlySet<string> = new Set(),
): Promise<MailboxMessage> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const found = (await messagesTo(address))
      .filter((m) => subject.test(m.subject) && new Date(m.sentAt) >= since && !exclude.has(m.id))
      .at(-1);
    if (found) return found;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`Geen e-mail aan ${address} met onderwerp ${subject} ontvangen`);
}

export function firstLink(text: string): string {
  const match = text.match(/https?:\/\/\S+/);
  if (!match) throw new Error("Geen link in de e-mail");
  return match[0];
}
