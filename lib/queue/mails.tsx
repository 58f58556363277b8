// The mail with a queue number: short on purpose (it is also what an SMS gateway would send), with
// the link to follow the number on the phone.
import type { TemplateMail } from "@/lib/mail/compose";
import { ActionLink, Paragraph } from "@/lib/mail/parts";

export function queueTicketMail(to: string, code: string, site: string, url: string): TemplateMail {
  return {
    to,
    subject: `Je volgnummer ${code} - ${site}`,
    preview: `Volg op je gsm wanneer ${code} aan de beurt is.`,
    signature: "Het onthaal",
    body: (
      <>
        <Paragraph>
          Je volgnummer is <strong>{code}</strong> in {site}.
        </Paragraph>
        <ActionLink href={url}>Volg je nummer</ActionLink>
      </>
    ),
  };
}
