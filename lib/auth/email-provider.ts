// E-mail sign-in links, the sign-in that always works. The link goes through the mail outbox and
// is delivered at once; without SMTP it lands in the local mailbox and is printed on the console.
import type { EmailConfig } from "next-auth/providers/email";
import { db } from "@/lib/db";
import { appUrl } from "@/lib/app-url";
import { env } from "@/lib/env";
import { deliverQueued, queueMail } from "@/lib/mail/outbox";
import { signInMail } from "./mails";
import { printDemoSignInLink } from "@/lib/log";

export function emailProvider(): EmailConfig {
  return {
    id: "email",
    type: "email",
    name: "E-mail",
    maxAge: 24 * 60 * 60,
    normalizeIdentifier: (identifier) => identifier.trim().toLowerCase(),
    async sendVerificationRequest({ identifier, url: authJsUrl }) {
      // Auth.js already builds the link on AUTH_URL (pinned to the public URL in lib/env.ts); the
      // path and token are kept and the origin is set again here, so no request can ever choose it.
      const { pathname, search } = new URL(authJsUrl);
      const url = appUrl(`${pathname}${search}`);
      const id = await queueMail(db, signInMail(identifier, url));
      await deliverQueued(db, [id]);
      if (!env().SMTP_URL) printDemoSignInLink(identifier, url);
    },
  };
}
