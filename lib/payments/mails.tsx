// The payment core's mails about an order, whatever it bought: paid, refunded, and the bank
// transfer details for an order that waits for a transfer. Each links to the order page.
import { formatEuro } from "@/lib/be/money";
import { ogmFromBase } from "@/lib/be/ogm";
import { formatLongDate, formatTime } from "@/lib/be/time";
import { formatDateKey } from "@/lib/be/calendar-date";
import type { TemplateMail } from "@/lib/mail/compose";
import { ActionLink, Facts, Greeting, Paragraph } from "@/lib/mail/parts";
import { hasTickets, kindOfOrder } from "./item-kinds";
import { orderPageUrl } from "./notifications";

type OrderLineView = {
  itemType: string;
  description: string;
  tariffLabel: string;
  quantity: number;
  totalCents: number;
};

export type OrderView = {
  number: string;
  buyerName: string;
  buyerEmail: string;
  totalCents: number;
  accessToken: string;
  lines: OrderLineView[];
};

export type BankAccount = { iban: string | null; bic: string | null; beneficiary: string };

/** "BE.. (BIC ..)": the account a transfer goes to, as a mail prints it. */
export const accountLine = (account: BankAccount) =>
  [account.iban ?? "–", account.bic ? `(BIC ${account.bic})` : ""].join(" ").trim();

const lineFacts = (lines: OrderLineView[]): [string, string][] =>
  lines.map((l) => [
    `${l.description} (${l.tariffLabel})`,
    `${l.quantity} × ${formatEuro(l.totalCents / l.quantity)} = ${formatEuro(l.totalCents)}`,
  ]);

export function orderPaidMail(order: OrderView): TemplateMail {
  const kind = kindOfOrder(order.lines);
  const url = orderPageUrl(order.accessToken);
  const tickets = hasTickets(order.lines);
  return {
    to: order.buyerEmail,
    subject: kind.paidSubject(order.number),
    preview: `We ontvingen ${formatEuro(order.totalCents)} voor bestelling ${order.number}.`,
    signature: kind.signature,
    body: (
      <>
        <Greeting name={order.buyerName} />
        <Paragraph>
          We ontvingen je betaling van {formatEuro(order.totalCents)} voor bestelling {order.number}.
        </Paragraph>
        <Facts rows={lineFacts(order.lines)} />
        {tickets ? (
          <>
            <Paragraph>
              Je tickets met QR-code staan klaar op je bestelpagina, ook om af te drukken. Toon de QR-code aan
              de ingang, op je gsm of op papier.
            </Paragraph>
            <ActionLink href={url}>Je tickets bekijken</ActionLink>
            <Paragraph>Of als PDF om af te drukken: {`${url}/tickets.pdf`}</Paragraph>
          </>
        ) : (
          <ActionLink href={url}>Je bestelling bekijken</ActionLink>
        )}
      </>
    ),
  };
}

export function orderRefundedMail(order: OrderView, reason: string): TemplateMail {
  const kind = kindOfOrder(order.lines);
  return {
    to: order.buyerEmail,
    subject: `Terugbetaling - bestelling ${order.number}`,
    preview: `We betalen ${formatEuro(order.totalCents)} terug.`,
    signature: kind.signature,
    body: (
      <>
        <Greeting name={order.buyerName} />
        <Paragraph>{reason}</Paragraph>
        <Paragraph>
          We betaalden {formatEuro(order.totalCents)} terug op de rekening of kaart waarmee je betaalde. Het
          kan enkele werkdagen duren voor je het ziet. Onze excuses voor het ongemak.
        </Paragraph>
        <ActionLink href={orderPageUrl(order.accessToken)}>Je bestelling bekijken</ActionLink>
      </>
    ),
  };
}

/** The bank details of an order that waits for a transfer: account, amount, communication, deadline. */
export function transferInstructionsMail(
  order: OrderView,
  transfer: { ogm: string; deadline: Date },
  account: BankAccount,
): TemplateMail {
  const kind = kindOfOrder(order.lines);
  const ogm = ogmFromBase(transfer.ogm.slice(0, 10));
  const deadline = `${formatLongDate(transfer.deadline)} om ${formatTime(transfer.deadline)}`;
  return {
    to: order.buyerEmail,
    subject: `Betalen met overschrijving - bestelling ${order.number}`,
    preview: `Schrijf ${formatEuro(order.totalCents)} over met mededeling ${ogm}.`,
    signature: kind.signature,
    body: (
      <>
        <Greeting name={order.buyerName} />
        <Paragraph>
          Je koos voor een overschrijving voor bestelling {order.number}. Schrijf het bedrag over met deze
          gestructureerde mededeling. {kind.afterTransfer}
        </Paragraph>
        <Facts
          rows={[
            ["Bedrag", formatEuro(order.totalCents)],
            ["Rekening", accountLine(account)],
            ["Begunstigde", account.beneficiary],
            ["Mededeling", ogm],
            ["Uiterlijk", deadline],
          ]}
        />
        <Paragraph>
          Komt je betaling niet op tijd, dan vervalt je bestelling. Op je bestelpagina vind je deze gegevens
          altijd terug.
        </Paragraph>
        <ActionLink href={orderPageUrl(order.accessToken)}>Je bestelling bekijken</ActionLink>
      </>
    ),
  };
}

/** The invoice to a recognised association: number, due date, reference and the link to the PDF. */
export function invoiceIssuedMail(
  order: OrderView,
  invoice: { number: string; dueOn: string; ogm: string },
): TemplateMail {
  const kind = kindOfOrder(order.lines);
  const url = orderPageUrl(order.accessToken);
  const ogm = ogmFromBase(invoice.ogm.slice(0, 10));
  return {
    to: order.buyerEmail,
    subject: `Factuur ${invoice.number} - bestelling ${order.number}`,
    preview: `Betaal ${formatEuro(order.totalCents)} uiterlijk ${formatDateKey(invoice.dueOn)} met mededeling ${ogm}.`,
    signature: kind.signature,
    body: (
      <>
        <Greeting name={order.buyerName} />
        <Paragraph>
          Je koos voor betalen met een factuur. Je bestelling {order.number} is bevestigd; je vereniging
          betaalt de factuur met een overschrijving.
        </Paragraph>
        <Facts
          rows={[
            ["Factuur", invoice.number],
            ["Bedrag", formatEuro(order.totalCents)],
            ["Mededeling", ogm],
            ["Te betalen uiterlijk", formatDateKey(invoice.dueOn)],
          ]}
        />
        <ActionLink href={`${url}/factuur.pdf`}>De factuur als PDF</ActionLink>
        <Paragraph>Op je bestelpagina vind je de factuur en de rekening altijd terug: {url}</Paragraph>
      </>
    ),
  };
}

/** A free order placed online waits for this: the link proves the buyer reads the address they gave. */
export function confirmFreeOrderMail(order: OrderView, confirmUrl: string, deadline: Date): TemplateMail {
  const kind = kindOfOrder(order.lines);
  return {
    to: order.buyerEmail,
    subject: `Bevestig je bestelling ${order.number}`,
    preview: "Klik op de link om je gratis bestelling te bevestigen.",
    signature: kind.signature,
    body: (
      <>
        <Greeting name={order.buyerName} />
        <Paragraph>
          Je bestelling {order.number} is gratis. Bevestig ze met de knop hieronder, uiterlijk om{" "}
          {formatTime(deadline)}; daarna vervalt ze en komen de plaatsen weer vrij.
        </Paragraph>
        <Facts rows={lineFacts(order.lines)} />
        <ActionLink href={confirmUrl}>Bestelling bevestigen</ActionLink>
        <Paragraph>Vroeg je niets aan? Dan mag je deze e-mail negeren.</Paragraph>
      </>
    ),
  };
}
