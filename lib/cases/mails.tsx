// Mails to the applicant about a case. Each links to the case in Mijn Wingene.
import type { TemplateMail } from "@/lib/mail/compose";
import { ActionLink, Facts, Greeting, Paragraph } from "@/lib/mail/parts";

type About = { to: string; name: string | null; number: string; product: string; link: string; team: string };

export function caseReceivedMail(c: About & { dueDate: string; fee?: string }): TemplateMail {
  return {
    to: c.to,
    subject: `We ontvingen je aanvraag ${c.number}`,
    preview: `Je referentienummer is ${c.number}.`,
    signature: c.team,
    body: (
      <>
        <Greeting name={c.name} />
        <Paragraph>Bedankt voor je aanvraag &quot;{c.product}&quot;.</Paragraph>
        <Facts
          rows={[
            ["Referentie", c.number],
            ["We behandelen ze uiterlijk op", c.dueDate],
            ...(c.fee ? ([["Kostprijs", c.fee]] as [string, string][]) : []),
          ]}
        />
        <Paragraph>Je volgt de stand van zaken en beantwoordt onze vragen in Mijn Wingene.</Paragraph>
        <ActionLink href={c.link}>Aanvraag bekijken</ActionLink>
      </>
    ),
  };
}

export function caseQuestionMail(c: About & { question: string }): TemplateMail {
  return {
    to: c.to,
    subject: `Een vraag over je aanvraag ${c.number}`,
    signature: c.team,
    body: (
      <>
        <Greeting name={c.name} />
        <Paragraph>We hebben een vraag over je aanvraag &quot;{c.product}&quot;:</Paragraph>
        {c.question.split(/\n{2,}/).map((block, i) => (
          <Paragraph key={i}>{block}</Paragraph>
        ))}
        <Paragraph>We behandelen je aanvraag verder zodra je antwoordt.</Paragraph>
        <ActionLink href={c.link}>Vraag beantwoorden</ActionLink>
      </>
    ),
  };
}

/** A new status; with `reason` when it is a decision (the refusal letter is on the request's page). */
export function caseStatusMail(c: About & { status: string; reason?: string | null }): TemplateMail {
  return {
    to: c.to,
    subject: `Je aanvraag ${c.number}: ${c.status.toLowerCase()}`,
    signature: c.team,
    body: (
      <>
        <Greeting name={c.name} />
        <Paragraph>
          De status van je aanvraag &quot;{c.product}&quot; is nu: {c.status.toLowerCase()}.
        </Paragraph>
        {c.reason && <Paragraph>Reden: {c.reason}</Paragraph>}
        <ActionLink href={c.link}>Aanvraag bekijken</ActionLink>
      </>
    ),
  };
}

/** Staff judged the exemption claimed for the fee: waived, or to be paid from the case's page. */
export function feeRequestedMail(c: About & { fee: string; accepted: boolean }): TemplateMail {
  return {
    to: c.to,
    subject: c.accepted
      ? `Je aanvraag ${c.number}: vrijstelling aanvaard`
      : `Je aanvraag ${c.number}: betaal de kostprijs van ${c.fee}`,
    signature: c.team,
    body: (
      <>
        <Greeting name={c.name} />
        <Paragraph>
          {c.accepted
            ? `We aanvaarden de vrijstelling die je vroeg voor "${c.product}": je betaalt de kostprijs van ${c.fee} niet.`
            : `We konden de vrijstelling die je vroeg voor "${c.product}" niet aanvaarden. De kostprijs is ${c.fee}; je betaalt die online, met een overschrijving of aan het loket.`}
        </Paragraph>
        <ActionLink href={c.link}>
          {c.accepted ? "Aanvraag bekijken" : "Aanvraag bekijken en betalen"}
        </ActionLink>
      </>
    ),
  };
}
