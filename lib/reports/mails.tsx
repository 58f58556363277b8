// The meldpunt's mails. Each greets the person by name when we know it and links to the report:
// the status page (a link of its own, see links.ts) or the report in Mijn Wingene.
import type { ReportStatus } from "@/generated/prisma/enums";
import type { TemplateMail } from "@/lib/mail/compose";
import { ActionLink, Facts, Greeting, Paragraph } from "@/lib/mail/parts";
import { STATUS_LABELS } from "./labels";

const signature = "Meldpunt";

type About = { to: string; name: string | null; number: string; link: string };

function Message({ text }: { text: string }) {
  return (
    <>
      {text.split(/\n{2,}/).map((block, i) => (
        <Paragraph key={i}>{block}</Paragraph>
      ))}
    </>
  );
}

export function reportReceivedMail(r: About & { category: string; dueDate: string }): TemplateMail {
  return {
    to: r.to,
    subject: `We ontvingen je melding ${r.number}`,
    preview: `Je volgnummer is ${r.number}.`,
    signature,
    body: (
      <>
        <Greeting name={r.name} />
        <Paragraph>Bedankt voor je melding over &quot;{r.category}&quot;.</Paragraph>
        <Facts
          rows={[
            ["Volgnummer", r.number],
            ["We streven ernaar ze af te handelen tegen", r.dueDate],
          ]}
        />
        <Paragraph>Volg de stand van zaken op deze pagina, zonder aan te melden:</Paragraph>
        <ActionLink href={r.link}>Stand van zaken bekijken</ActionLink>
        <Paragraph>Wie deze link heeft, ziet de status van je melding: stuur hem niet door.</Paragraph>
      </>
    ),
  };
}

export function followingMail(r: About & { category: string }): TemplateMail {
  return {
    to: r.to,
    subject: `Je volgt melding ${r.number}`,
    signature,
    body: (
      <>
        <Greeting name={r.name} />
        <Paragraph>
          Je volgt nu melding {r.number} over &quot;{r.category}&quot;. We laten je weten wanneer de status
          verandert.
        </Paragraph>
        <ActionLink href={r.link}>Stand van zaken bekijken</ActionLink>
      </>
    ),
  };
}

export function statusChangedMail(
  r: About & { status: ReportStatus; message?: string | null },
): TemplateMail {
  return {
    to: r.to,
    subject: `Melding ${r.number}: ${STATUS_LABELS[r.status].toLowerCase()}`,
    signature,
    body: (
      <>
        <Greeting name={r.name} />
        <Paragraph>
          De status van melding {r.number} is nu: <strong>{STATUS_LABELS[r.status]}</strong>.
        </Paragraph>
        {r.message && (
          <>
            <Paragraph>Bericht van de gemeente:</Paragraph>
            <Message text={r.message} />
          </>
        )}
        <ActionLink href={r.link}>Melding {r.number} bekijken</ActionLink>
      </>
    ),
  };
}

export function messageMail(r: About & { message: string }): TemplateMail {
  return {
    to: r.to,
    subject: `Bericht over melding ${r.number}`,
    signature,
    body: (
      <>
        <Greeting name={r.name} />
        <Paragraph>We hebben een bericht over melding {r.number}:</Paragraph>
        <Message text={r.message} />
        <ActionLink href={r.link}>Melding {r.number} bekijken</ActionLink>
      </>
    ),
  };
}

/** To everyone of a duplicate: from now on they hear about the report it was merged into. */
export function mergedMail(r: Omit<About, "number"> & { source: string; target: string }): TemplateMail {
  return {
    to: r.to,
    subject: `Melding ${r.source} samengevoegd met ${r.target}`,
    signature,
    body: (
      <>
        <Greeting name={r.name} />
        <Paragraph>
          Melding {r.source} gaat over hetzelfde als melding {r.target}. We behandelen ze samen onder{" "}
          {r.target}. Je blijft op de hoogte: je krijgt de berichten over de samengevoegde melding.
        </Paragraph>
        <ActionLink href={r.link}>Melding {r.target} bekijken</ActionLink>
      </>
    ),
  };
}
