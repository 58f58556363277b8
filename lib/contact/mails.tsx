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
        <Greeting name={input.name} />
        <Paragraph>Bedankt voor je bericht. We antwoorden binnen vijf werkdagen.</Paragraph>
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
