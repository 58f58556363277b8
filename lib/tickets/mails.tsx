// The ticket shop's own mails (order mails are the payment core's: lib/payments/mails.tsx).
import { formatDateTime } from "@/lib/be/time";
import type { TemplateMail } from "@/lib/mail/compose";
import { ActionLink, Facts, Greeting, Paragraph } from "@/lib/mail/parts";
import { orderPageUrl } from "@/lib/payments/notifications";

export const TICKETS_SIGNATURE = "Dienst vrije tijd";

/** A paid buyer is told that their performance moved (another moment or another hall). */
export function performanceChangedMail(
  order: { buyerEmail: string; buyerName: string; number: string; accessToken: string },
  performance: { title: string; startsAt: Date; venue: string },
): TemplateMail {
  return {
    to: order.buyerEmail,
    subject: `Gewijzigd: ${performance.title}`,
    preview: `Nieuw moment: ${formatDateTime(performance.startsAt)}`,
    signature: TICKETS_SIGNATURE,
    body: (
      <>
        <Greeting name={order.buyerName} />
        <Paragraph>
          De voorstelling &quot;{performance.title}&quot; waarvoor je tickets hebt (bestelling {order.number})
          is gewijzigd.
        </Paragraph>
        <Facts
          rows={[
            ["Nieuw moment", formatDateTime(performance.startsAt)],
            ["Locatie", performance.venue],
          ]}
        />
        <Paragraph>
          Je tickets blijven geldig. Kun je niet meer komen? Neem contact op met de dienst vrije tijd, dan
          betalen we je terug.
        </Paragraph>
        <ActionLink href={orderPageUrl(order.accessToken)}>Je tickets bekijken</ActionLink>
      </>
    ),
  };
}
