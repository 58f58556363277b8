// Turns a template (a React element) into a mail: HTML and a plain-text part from the same source,
// inside the one layout with the municipality's identity.
import { render } from "@react-email/render";
import type { ReactElement } from "react";
import type { Db, Tx } from "@/lib/db/client";
import { MailLayout, type MailIdentity } from "./layout";
import type { MailAttachment, MailInput } from "./outbox";

export type TemplateMail = {
  to: string;
  subject: string;
  /** The message itself; the layout adds header, sign-off and footer. */
  body: ReactElement;
  /** One line shown by mail apps after the subject. */
  preview?: string;
  signature?: string;
  attachments?: MailAttachment[];
};

export async function mailIdentity(db: Db | Tx): Promise<MailIdentity> {
  const m = await db.municipality.findUnique({
    where: { id: 1 },
    select: {
      name: true,
      street: true,
      postcode: true,
      city: true,
      phoneDisplay: true,
      email: true,
      website: true,
    },
  });
  if (!m) throw new Error("Geen gemeentegegevens: voer de seed uit (npm run db:seed).");
  return m;
}

export async function composeMail(identity: MailIdentity, mail: TemplateMail): Promise<MailInput> {
  const element = (
    <MailLayout identity={identity} preview={mail.preview} signature={mail.signature}>
      {mail.body}
    </MailLayout>
  );
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { to: mail.to, subject: mail.subject, html, text, attachments: mail.attachments };
}
