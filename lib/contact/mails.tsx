// The contact form's two mails: the message for the municipality's mailbox, a receipt for the sender.
import { Greeting, Paragraph } from "@/lib/mail/parts";
import type { TemplateMail } from "@/lib/mail/compose";
import type { ContactInput } from "./schema";

export function contactReceiptMail(input: ContactInput): TemplateMail {
  return {
    to: input.email,
    subject: "We ontvingen je bericht",
    preview: "We antwoorden binnen vijf werkdagen.",
    body: (
      <>
        {/* No name, no text of the sender: the address is not proven, so the receipt repeats
            nothing a stranger typed (it would make the form a way to mail others). */}
        <Greeting />
        <Paragraph>
          Bedankt voor je bericht aan de gemeente. We antwoorden binnen vijf werkdagen. Stuurde jij geen
          bericht? Dan mag je deze e-mail negeren.
        </Paragraph>
      </>
    ),
  };
}

export function contactForwardMail(to: string, input: ContactInput): TemplateMail {
  return {
    to,
    subject: `Contactformulier: bericht van ${input.name}`,
    body: (
      <>
        <Paragraph>
          Van: {input.name} &lt;{input.email}&gt;
        </Paragraph>
        {input.message.split(/\n{2,}/).map((block, i) => (
          <Paragraph key={i}>{block}</Paragraph>
        ))}
      </>
    ),
  };
}
