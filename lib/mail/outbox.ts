// The mail outbox: writers queue a row (inside their own transaction when they have one) and
// delivery happens after commit, by `deliverQueued` right away or by the outbox job on retry.
import type { Db, Tx } from "@/lib/db/client";
import { type TemplateMail, composeMail, mailIdentity } from "./compose";
import { deliver } from "./transport";
import { logError } from "@/lib/log";

/**
 * An attachment stored with the message: text as it is (an .ics calendar file), a binary file (a
 * permit PDF) as base64 with `encoding: "base64"`, which the transport hands to nodemailer as is.
 */
export type MailAttachment = {
  filename: string;
  contentType: string;
  content: string;
  encoding?: "base64";
};

export type MailInput = {
  to: string;
  subject: string;
  text: string;
  html?: string;
  attachments?: MailAttachment[];
};

const MAX_ATTEMPTS = 5;
const LEASE_MS = 5 * 60_000;

const claimable = (now: Date) => ({
  status: "PENDING" as const,
  OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }],
});

/** Addresses are at most 254 characters (RFC 5321); a header line must stay on one line. */
const MAX_ADDRESS = 254;
const MAX_SUBJECT = 200;

/** Queues a mail made from a template (see ./compose); returns its id for deliverQueued. */
export async function queueMail(db: Db | Tx, mail: TemplateMail | MailInput): Promise<string> {
  const composed = "body" in mail ? await composeMail(await mailIdentity(db), mail) : mail;
  const { attachments, ...rest } = composed;
  const to = rest.to.trim();
  if (to.length > MAX_ADDRESS || /[\r\n,;<>]/.test(to)) throw new Error("Ongeldig adres voor een e-mail.");
  const subject = rest.subject.replace(/[\r\n]+/g, " ").slice(0, MAX_SUBJECT);
  const row = await db.mailMessage.create({
    data: { ...rest, to, subject, ...(attachments?.length ? { attachments } : {}) },
    select: { id: true },
  });
  return row.id;
}

/**
 * Delivers messages queued by a transaction that has committed. Never throws: what fails stays
 * in the outbox and the mail-outbox job tries again.
 */
export async function deliverQueued(db: Db, ids: readonly (string | null | undefined)[]): Promise<void> {
  for (const id of ids) {
    if (!id) continue;
    try {
      await deliverMail(db, id);
    } catch (error) {
      logError("mail", `bericht ${id} blijft in de wachtrij`, error);
    }
  }
}

/** Sends one queued message; a failure stays in the outbox for the job to retry. */
export async function deliverMail(db: Db, id: string): Promise<boolean> {
  const now = new Date();
  // The conditional update is the lock: of several racing senders exactly one matches the row.
  const claimed = await db.mailMessage.updateMany({
    where: { id, attempts: { lt: MAX_ATTEMPTS }, ...claimable(now) },
    data: { attempts: { increment: 1 }, lockedUntil: new Date(now.getTime() + LEASE_MS) },
  });
  if (claimed.count === 0) return false;
  const mail = await db.mailMessage.findUniqueOrThrow({ where: { id } });
  try {
    await deliver(mail);
    await db.mailMessage.update({
      where: { id },
      data: { status: "SENT", sentAt: new Date(), lastError: null, lockedUntil: null },
    });
    return true;
  } catch (error) {
    const failedForGood = mail.attempts >= MAX_ATTEMPTS;
    await db.mailMessage.update({
      where: { id },
      data: {
        lastError: String(error).slice(0, 500),
        status: failedForGood ? "FAILED" : "PENDING",
        lockedUntil: null,
      },
    });
    return false;
  }
}

/** Retries what is still pending; returns how many were sent. */
export async function deliverPendingMail(db: Db, limit = 50): Promise<number> {
  const pending = await db.mailMessage.findMany({
    where: claimable(new Date()),
    orderBy: { createdAt: "asc" },
    take: limit,
    select: { id: true },
  });
  let sent = 0;
  for (const { id } of pending) if (await deliverMail(db, id)) sent++;
  return sent;
}
