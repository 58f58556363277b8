// The mails of hall rental, to the person who asked for the hall. Each greets them by name, states
// the booking and links to it in Mijn Wingene (and to the order when there is something to pay).
// A resident registered at the desk without an e-mail address gets none: the desk prints instead.
import { formatDateKey } from "@/lib/be/calendar-date";
import type { ReactNode } from "react";
import { appUrl } from "@/lib/app-url";
import { formatEuro } from "@/lib/be/money";
import { ogmFromBase } from "@/lib/be/ogm";
import { formatLongDate } from "@/lib/be/time";
import type { TemplateMail } from "@/lib/mail/compose";
import { ActionLink, Facts, Greeting, Paragraph } from "@/lib/mail/parts";
import { orderPageUrl } from "@/lib/payments/notifications";
import { HALL_SERVICE } from "./labels";

export type BookingForMail = {
  id: string;
  hall: { name: string };
  startsAt: Date;
  slotLabel: string;
  priceCents: number;
  depositCents: number;
  user: { name: string | null; email: string | null };
};

function hallMail(
  b: BookingForMail,
  subject: string,
  content: ReactNode,
  link: { href: string; label: string } = {
    href: appUrl(`/mijn/zalen/${b.id}`),
    label: "Bekijk je reservatie",
  },
): TemplateMail | null {
  if (!b.user.email) return null;
  return {
    to: b.user.email,
    subject,
    signature: HALL_SERVICE,
    body: (
      <>
        <Greeting name={b.user.name} />
        {content}
        <Facts
          rows={[
            ["Zaal", b.hall.name],
            ["Wanneer", `${formatLongDate(b.startsAt)}, ${b.slotLabel}`],
            ["Huurprijs", formatEuro(b.priceCents)],
            ["Waarborg", formatEuro(b.depositCents)],
          ]}
        />
        <ActionLink href={link.href}>{link.label}</ActionLink>
      </>
    ),
  };
}

const payLink = (accessToken: string) => ({ href: orderPageUrl(accessToken), label: "Bekijken en betalen" });

/** A request that waits for staff, possibly a series with weeks that were already taken. */
export function requestReceivedMail(b: BookingForMail, weeks: number, takenDates: string[]) {
  return hallMail(
    b,
    `Aanvraag ontvangen: ${b.hall.name}`,
    <>
      <Paragraph>
        {weeks > 1 ? `We ontvingen je aanvraag voor ${weeks} weken.` : "We ontvingen je aanvraag."}
      </Paragraph>
      {takenDates.length > 0 && (
        <Paragraph>
          Deze weken waren al bezet en zijn niet aangevraagd: {takenDates.map(formatDateKey).join(", ")}.
        </Paragraph>
      )}
      <Paragraph>
        De {HALL_SERVICE.toLowerCase()} bekijkt je aanvraag. Je krijgt een e-mail zodra ze beslist heeft.
      </Paragraph>
    </>,
  );
}

type Payable = { accessToken: string; totalCents: number } | null;

/** The invoice of a booking paid by invoice (lib/payments/invoice.ts): this mail carries it. */
export type InvoiceForMail = { number: string; dueOn: string; ogm: string } | null;

/** What is left to do about money once a booking stands, and the link to do it. */
function payment(order: Payable, invoice: InvoiceForMail) {
  if (order && invoice)
    return {
      text: `Je vereniging krijgt factuur ${invoice.number}: schrijf ${formatEuro(order.totalCents)} over uiterlijk ${formatDateKey(invoice.dueOn)}, met de gestructureerde mededeling ${ogmFromBase(invoice.ogm.slice(0, 10))}.`,
      link: {
        href: `${orderPageUrl(order.accessToken)}/factuur.pdf`,
        label: `Factuur ${invoice.number} (PDF)`,
      },
    };
  if (order && order.totalCents > 0)
    return {
      text: "Betaal de huur en de waarborg hier, online of met een overschrijving:",
      link: payLink(order.accessToken),
    };
  return { text: "Er valt niets te betalen.", link: undefined };
}

/** An instant hall: booked at once. */
export function bookingConfirmedMail(b: BookingForMail, order: Payable, invoice: InvoiceForMail) {
  const pay = payment(order, invoice);
  return hallMail(
    b,
    `Zaal gereserveerd: ${b.hall.name}`,
    <Paragraph>Je reservatie is bevestigd. {pay.text}</Paragraph>,
    pay.link,
  );
}

/** A request staff approved. */
export function requestApprovedMail(b: BookingForMail, order: Payable, invoice: InvoiceForMail) {
  const pay = payment(order, invoice);
  return hallMail(
    b,
    `Aanvraag goedgekeurd: ${b.hall.name}`,
    <Paragraph>Je aanvraag is goedgekeurd. {pay.text}</Paragraph>,
    pay.link,
  );
}

export function requestRefusedMail(b: BookingForMail, reason: string) {
  return hallMail(
    b,
    `Aanvraag geweigerd: ${b.hall.name}`,
    <>
      <Paragraph>Je aanvraag is helaas geweigerd.</Paragraph>
      <Paragraph>Reden: {reason}</Paragraph>
    </>,
  );
}

export function bookingCancelledMail(
  b: BookingForMail,
  fee: { feeCents: number; feePercent: number },
  paid: boolean,
) {
  return hallMail(
    b,
    `Reservatie geannuleerd: ${b.hall.name}`,
    <>
      <Paragraph>Je reservatie is geannuleerd.</Paragraph>
      <Paragraph>
        {fee.feeCents > 0
          ? `De annuleringskost bedraagt ${formatEuro(fee.feeCents)} (${fee.feePercent} % van de huurprijs). ${
              paid
                ? "De rest van wat je betaalde, met de volledige waarborg, betalen we terug."
                : "Je krijgt hiervoor een factuur."
            }`
          : paid
            ? "Er is geen annuleringskost; we betalen alles terug wat je betaalde."
            : "Er is geen annuleringskost."}
      </Paragraph>
    </>,
  );
}

export function depositSettledMail(b: BookingForMail, keptCents: number, reason: string) {
  return hallMail(
    b,
    `Waarborg: ${b.hall.name}`,
    keptCents === 0 ? (
      <Paragraph>We betalen je waarborg van {formatEuro(b.depositCents)} volledig terug.</Paragraph>
    ) : (
      <>
        <Paragraph>
          We houden {formatEuro(keptCents)} van je waarborg in. Reden: {reason}
        </Paragraph>
        <Paragraph>We betalen {formatEuro(b.depositCents - keptCents)} terug.</Paragraph>
      </>
    ),
  );
}
