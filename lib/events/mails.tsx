// Mails of the event notification: to an advice body's advisors (a dossier to advise on) and to
// the organiser (the decision, with the permit as a PDF when approved). Each links to its page.
import type { TemplateMail } from "@/lib/mail/compose";
import type { MailAttachment } from "@/lib/mail/outbox";
import { ActionLink, Facts, Greeting, Paragraph } from "@/lib/mail/parts";

export function adviceRequestedMail(a: {
  to: string;
  name: string | null;
  body: string;
  number: string;
  dueDate: string;
  link: string;
}): TemplateMail {
  return {
    to: a.to,
    subject: `Adviesvraag over evenement ${a.number}`,
    signature: "Dienst Evenementen",
    body: (
      <>
        <Greeting name={a.name} />
        <Paragraph>De gemeente vraagt het advies van {a.body} over een evenement.</Paragraph>
        <Facts
          rows={[
            ["Dossier", a.number],
            ["Advies gevraagd tegen", a.dueDate],
          ]}
        />
        <ActionLink href={a.link}>Adviesvraag openen</ActionLink>
      </>
    ),
  };
}

export function decisionMail(d: {
  to: string;
  name: string | null;
  number: string;
  event: string;
  outcome: string;
  conditions: string;
  link: string;
  permit?: MailAttachment;
}): TemplateMail {
  return {
    to: d.to,
    subject: `Beslissing over je evenement ${d.number}: ${d.outcome.toLowerCase()}`,
    signature: "Dienst Evenementen",
    attachments: d.permit ? [d.permit] : undefined,
    body: (
      <>
        <Greeting name={d.name} />
        <Paragraph>
          Het college besliste over &quot;{d.event}&quot;: {d.outcome.toLowerCase()}.
        </Paragraph>
        {d.conditions.split(/\n{2,}/).map((block, i) => (
          <Paragraph key={i}>{block}</Paragraph>
        ))}
        {d.permit && <Paragraph>De vergunning met de voorwaarden zit als pdf in de bijlage.</Paragraph>}
        <ActionLink href={d.link}>Dossier bekijken</ActionLink>
      </>
    ),
  };
}
