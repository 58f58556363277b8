// The uitleendienst's own mails to the borrower (the payment core sends the order mails): the
// material taken back and the deposit settled, and a cancellation. Each links to the loan in
// Mijn Wingene. A borrower without an e-mail address (registered at the desk) gets none.
import type { ReactNode } from "react";
import { appUrl } from "@/lib/app-url";
import { formatDateKey } from "@/lib/be/calendar-date";
import { formatEuro } from "@/lib/be/money";
import type { TemplateMail } from "@/lib/mail/compose";
import { ActionLink, Facts, Greeting, Paragraph } from "@/lib/mail/parts";
import { LENDING_SERVICE } from "./labels";

export type LoanForMail = {
  id: string;
  borrowerName: string;
  borrowerEmail: string | null;
  pickupDate: string;
  returnDate: string;
  depositCents: number;
  /** A delivered loan: the address and the technical service's windows. */
  delivery?: { address: string | null; deliveryWindow: string; collectionWindow: string } | null;
};

const momentRows = (loan: LoanForMail): [string, string][] =>
  loan.delivery
    ? [
        ["Levering", `${formatDateKey(loan.pickupDate)}, ${loan.delivery.deliveryWindow}`],
        ["Ophaling", `${formatDateKey(loan.returnDate)}, ${loan.delivery.collectionWindow}`],
        ...(loan.delivery.address ? [["Adres", loan.delivery.address] as [string, string]] : []),
      ]
    : [
        ["Ophalen", formatDateKey(loan.pickupDate)],
        ["Terugbrengen", formatDateKey(loan.returnDate)],
      ];

function loanMail(loan: LoanForMail, subject: string, content: ReactNode): TemplateMail | null {
  if (!loan.borrowerEmail) return null;
  return {
    to: loan.borrowerEmail,
    subject,
    signature: LENDING_SERVICE,
    body: (
      <>
        <Greeting name={loan.borrowerName} />
        {content}
        <Facts rows={[...momentRows(loan), ["Waarborg", formatEuro(loan.depositCents)]]} />
        <ActionLink href={appUrl(`/mijn/uitleningen/${loan.id}`)}>Bekijk je uitlening</ActionLink>
      </>
    ),
  };
}

/** After the return: what was kept back of the deposit and why, and what comes back. */
export function depositSettledMail(loan: LoanForMail, keptCents: number, reasons: string[], manual: boolean) {
  const back = loan.depositCents - keptCents;
  return loanMail(
    loan,
    "Je waarborg van de uitleendienst",
    <>
      <Paragraph>We namen het materiaal terug. Bedankt om het te lenen bij de gemeente.</Paragraph>
      {keptCents > 0 ? (
        <Paragraph>
          We houden {formatEuro(keptCents)} van je waarborg in: {reasons.join("; ")}.
        </Paragraph>
      ) : (
        <Paragraph>Alles kwam in orde terug: je krijgt je hele waarborg terug.</Paragraph>
      )}
      {back > 0 && (
        <Paragraph>
          We betalen {formatEuro(back)} terug
          {manual
            ? "; de financiële dienst stort het binnen enkele werkdagen op je rekening."
            : " op de kaart of rekening waarmee je betaalde."}
        </Paragraph>
      )}
    </>,
  );
}
