// Activities' own mails (the payment core sends the order mails): a place offered from the waiting
// list, with the one-click link. A parent without an e-mail address (registered at the desk) gets
// none; staff see the offer in the participant list.
import { appUrl } from "@/lib/app-url";
import { formatDateTime } from "@/lib/be/time";
import { formatEuro } from "@/lib/be/money";
import type { TemplateMail } from "@/lib/mail/compose";
import { ActionLink, Facts, Greeting, Paragraph } from "@/lib/mail/parts";

export type OfferForMail = {
  parentName: string | null;
  email: string | null;
  childName: string;
  activity: string;
  session: string;
  priceCents: number;
  expiresAt: Date;
  token: string;
};

export function offerMail(o: OfferForMail): TemplateMail | null {
  if (!o.email) return null;
  return {
    to: o.email,
    subject: `Er is een plaats vrij voor ${o.childName}`,
    signature: "Dienst vrije tijd",
    body: (
      <>
        <Greeting name={o.parentName ?? undefined} />
        <Paragraph>
          Er kwam een plaats vrij. Wil je ze voor {o.childName}? Aanvaard ze dan vóór{" "}
          {formatDateTime(o.expiresAt)}; daarna gaat ze naar de volgende op de wachtlijst.
        </Paragraph>
        <Facts
          rows={[
            ["Activiteit", o.activity],
            ["Periode", o.session],
            ["Prijs", formatEuro(o.priceCents)],
          ]}
        />
        <ActionLink href={appUrl(`/activiteiten/aanbod/${o.token}`)}>Plaats aanvaarden</ActionLink>
      </>
    ),
  };
}

export type LotteryResultForMail = {
  parentName: string | null;
  email: string | null;
  activity: string;
  placed: { childName: string; session: string }[];
  waiting: { childName: string; session: string }[];
  /** The order page of the placed children's places, to pay. */
  orderToken: string | null;
  payBefore: Date | null;
};

/** After the draw: which children got a place (with the link to pay) and who waits for which period. */
export function lotteryResultMail(r: LotteryResultForMail): TemplateMail | null {
  if (!r.email) return null;
  return {
    to: r.email,
    subject: `Resultaat van de loting: ${r.activity}`,
    signature: "Dienst vrije tijd",
    body: (
      <>
        <Greeting name={r.parentName ?? undefined} />
        <Paragraph>De loting voor {r.activity} is gebeurd.</Paragraph>
        {r.placed.length > 0 && (
          <Facts rows={r.placed.map((p): [string, string] => [p.childName, `plaats in ${p.session}`])} />
        )}
        {r.waiting.length > 0 && (
          <Facts
            rows={r.waiting.map((p): [string, string] => [p.childName, `op de wachtlijst van ${p.session}`])}
          />
        )}
        {r.orderToken && r.payBefore && (
          <>
            <Paragraph>
              Betaal vóór {formatDateTime(r.payBefore)}; daarna gaat de plaats naar de wachtlijst.
            </Paragraph>
            <ActionLink href={appUrl(`/bestelling/${r.orderToken}`)}>Inschrijving betalen</ActionLink>
          </>
        )}
        {r.waiting.length > 0 && (
          <Paragraph>Komt er een plaats vrij, dan krijg je een mail om ze te aanvaarden.</Paragraph>
        )}
      </>
    ),
  };
}

export type ParentsMessageForMail = {
  parentName: string | null;
  email: string;
  activity: string;
  session: string;
  subject: string;
  body: string;
  sender: string;
};

/** A message from staff or an organiser to every parent of a session, its paragraphs as written. */
export function parentsMessageMail(p: ParentsMessageForMail): TemplateMail {
  return {
    to: p.email,
    subject: `${p.activity}: ${p.subject}`,
    signature: p.sender,
    body: (
      <>
        <Greeting name={p.parentName ?? undefined} />
        <Paragraph>
          Een bericht over {p.activity} ({p.session}), waarvoor je kind is ingeschreven:
        </Paragraph>
        {p.body
          .split(/\n\s*\n/)
          .filter((part) => part.trim() !== "")
          .map((part, i) => (
            <Paragraph key={i}>{part.trim()}</Paragraph>
          ))}
      </>
    ),
  };
}
