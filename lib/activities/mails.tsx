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
