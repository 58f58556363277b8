// Mails of the event notification: to an advice body's advisors (a dossier to advise on) and to
// the organiser (the decision, with the permit as a PDF when approved). Each links to its page.
import type { TemplateMail } from "@/lib/mail/compose";
import type { MailAttachment } from "@/lib/mail/outbox";
import { ActionLink, Facts, Greeting, Paragraph } from "@/lib/mail/parts";

type AdviceMail = {
  to: string;
  name: string | null;
  body: string;
  number: string;
  dueDate: string;
  link: string;
};

/** Why an advisor is written to: asked, reminded the day before it is due, or told it is late. */
export type AdviceMailKind = "asked" | "dueTomorrow" | "late";

const ADVICE_SUBJECTS: Record<AdviceMailKind, (a: AdviceMail) => string> = {
  asked: (a) => `Adviesvraag over evenement ${a.number}`,
  dueTomorrow: (a) => `Herinnering: advies over evenement ${a.number} nodig tegen ${a.dueDate}`,
  late: (a) => `Advies over evenement ${a.number} is te laat`,
};

const ADVICE_TEXTS: Record<AdviceMailKind, (a: AdviceMail) => string> = {
  asked: (a) => `De gemeente vraagt het advies van ${a.body} over een evenement.`,
  dueTomorrow: (a) => `Het advies van ${a.body} over dit evenement is morgen nodig.`,
  late: (a) =>
    `Het advies van ${a.body} over dit evenement was nodig tegen ${a.dueDate} en is nog niet gegeven. Geef het zo snel mogelijk, of laat de dienst Evenementen weten wanneer het komt.`,
};

export function adviceMail(kind: AdviceMailKind, a: AdviceMail): TemplateMail {
  return {
    to: a.to,
    subject: ADVICE_SUBJECTS[kind](a),
    signature: "Dienst Evenementen",
    body: (
      <>
        <Greeting name={a.name} />
        <Paragraph>{ADVICE_TEXTS[kind](a)}</Paragraph>
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

/** To the dossier's handler (or whoever asked) when an advice is a day overdue. */
export function adviceOverdueStaffMail(a: AdviceMail): TemplateMail {
  return {
    to: a.to,
    subject: `Advies van ${a.body} over ${a.number} is te laat`,
    signature: "Het e-loket",
    body: (
      <>
        <Greeting name={a.name} />
        <Paragraph>
          {a.body} gaf nog geen advies over dit evenement, hoewel het nodig was tegen {a.dueDate}. De
          adviseurs kregen vandaag een herinnering.
        </Paragraph>
        <ActionLink href={a.link}>Dossier openen</ActionLink>
      </>
    ),
  };
}
