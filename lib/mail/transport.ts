// Delivers one message: over SMTP when SMTP_URL is set, otherwise into a local mailbox folder
// (an .eml file plus a .json twin that tests and developers can read) so a fresh checkout works
// without a mail server.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";
import { env } from "@/lib/env";
import type { MailAttachment } from "./outbox";

export type OutgoingMail = {
  id: string;
  to: string;
  subject: string;
  text: string;
  html?: string | null;
  /** Stored as JSON: [{ filename, contentType, content }] (see MailAttachment). */
  attachments?: unknown;
};

let smtp: nodemailer.Transporter | undefined;

export async function deliver(mail: OutgoingMail): Promise<void> {
  const { SMTP_URL, MAIL_FROM, MAILBOX_DIR } = env();
  const message = {
    from: MAIL_FROM,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html ?? undefined,
    attachments: Array.isArray(mail.attachments) ? (mail.attachments as MailAttachment[]) : undefined,
  };
  if (SMTP_URL) {
    smtp ??= nodemailer.createTransport(SMTP_URL);
    await smtp.sendMail(message);
    return;
  }
  const eml = await nodemailer.createTransport({ streamTransport: true, buffer: true }).sendMail(message);
  const dir = path.resolve(MAILBOX_DIR);
  await mkdir(dir, { recursive: true });
  const base = path.join(dir, `${new Date().toISOString().replace(/[:.]/g, "-")}-${mail.id}`);
  await writeFile(`${base}.eml`, eml.message as Buffer);
  await writeFile(
    `${base}.json`,
    JSON.stringify({ ...message, id: mail.id, sentAt: new Date().toISOString() }, null, 2),
  );
}
