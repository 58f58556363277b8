import type { MailInput } from "@/lib/mail/outbox";

/** Short on purpose: it is also what an SMS gateway would send. */
export function queueTicketMail(to: string, code: string, site: string, url: string): MailInput {
  return {
    to,
    subject: `Je volgnummer ${code} - ${site}`,
    text: `Je volgnummer is ${code} in ${site}.\nVolg op je gsm wanneer je aan de beurt bent: ${url}`,
  };
}
