// The reminder of an overdue invoice (job "invoice-reminders"): what is owed, by when it was due, and
// how to pay it (account and structured communication), with links to the PDF and the order page.
import { formatEuro } from "@/lib/be/money";
import { ogmFromBase } from "@/lib/be/ogm";
import { formatDateKey } from "@/lib/be/calendar-date";
import type { TemplateMail } from "@/lib/mail/compose";
import { ActionLink, Facts, Greeting, Paragraph } from "@/lib/mail/parts";
import { kindOfOrder } from "./item-kinds";
import { LAST_REMINDER } from "./invoice-rules";
import { accountLine, type BankAccount, type OrderView } from "./mails";
import { orderPageUrl } from "./notifications";

export type RemindedInvoice = { number: string; dueOn: string; ogm: string; reminder: number };

export function invoiceReminderMail(
  order: OrderView,
  invoice: RemindedInvoice,
  account: BankAccount,
): TemplateMail {
  const kind = kindOfOrder(order.lines);
  const url = orderPageUrl(order.accessToken);
  const ogm = ogmFromBase(invoice.ogm.slice(0, 10));
  const last = invoice.reminder >= LAST_REMINDER;
  return {
    to: order.buyerEmail,
    subject: `${last ? "Laatste herinnering" : "Herinnering"}: factuur ${invoice.number} is niet betaald`,
    preview: `Factuur ${invoice.number} van ${formatEuro(order.totalCents)} was te betalen uiterlijk ${formatDateKey(invoice.dueOn)}.`,
    signature: kind.signature,
    body: (
      <>
        <Greeting name={order.buyerName} />
        <Paragraph>
          Factuur {invoice.number} voor bestelling {order.number} was te betalen uiterlijk{" "}
          {formatDateKey(invoice.dueOn)}, maar we ontvingen nog geen betaling. Wil je het bedrag zo snel
          mogelijk overschrijven met deze gestructureerde mededeling?
        </Paragraph>
        <Facts
          rows={[
            ["Factuur", invoice.number],
            ["Bedrag", formatEuro(order.totalCents)],
            ["Vervaldag", formatDateKey(invoice.dueOn)],
            ["Rekening", accountLine(account)],
            ["Begunstigde", account.beneficiary],
            ["Mededeling", ogm],
          ]}
        />
        {last ? (
          <Paragraph>
            Dit is de laatste herinnering. Blijft de factuur onbetaald, dan nemen we contact op met je
            vereniging.
          </Paragraph>
        ) : null}
        <Paragraph>Heb je intussen betaald? Dan mag je deze e-mail negeren.</Paragraph>
        <ActionLink href={`${url}/factuur.pdf`}>De factuur als PDF</ActionLink>
        <Paragraph>Je bestelling en de factuur vind je altijd terug op je bestelpagina: {url}</Paragraph>
      </>
    ),
  };
}
