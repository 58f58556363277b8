import type { Metadata } from "next";
import { connection } from "next/server";
import { AcceptOffer } from "@/components/activities/accept-offer";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { activityMessages } from "@/lib/activities/messages";
import { offerForLink } from "@/lib/activities/queries/offer";
import { formatDateKey } from "@/lib/be/calendar-date";
import { formatEuro } from "@/lib/be/money";
import { formatDateTime } from "@/lib/be/time";
import { dateKeyOf as key } from "@/lib/be/date-key";

export const metadata: Metadata = { title: "Plaats aangeboden", robots: { index: false } };

// The link is the authority (a bearer token, only its hash is stored): no sign-in needed.
export const instant = false;

type Props = { params: Promise<{ token: string }> };

export default async function OfferPage({ params }: Props) {
  const { token } = await params;
  await connection();
  const offer = await offerForLink(token);
  const now = new Date();
  const open = offer?.status === "OFFERED" && offer.offerExpiresAt && offer.offerExpiresAt > now;
  return (
    <>
      <PageHeader title="Er is een plaats vrij" />
      <Card>
        {!offer ? (
          <p>{activityMessages.offerNotFound}</p>
        ) : !open ? (
          <p>{activityMessages.offerExpired}</p>
        ) : (
          <>
            <dl className="mb-4 grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1">
              <dt className="font-semibold">Kind</dt>
              <dd>{offer.childName}</dd>
              <dt className="font-semibold">Activiteit</dt>
              <dd>
                {offer.session.activity.title}, {offer.session.label}
              </dd>
              <dt className="font-semibold">Van</dt>
              <dd>{formatDateKey(key(offer.startDate))}</dd>
              <dt className="font-semibold">Prijs</dt>
              <dd>
                {formatEuro(offer.priceCents)} ({offer.tariffLabel})
              </dd>
              <dt className="font-semibold">Aanvaarden tot</dt>
              <dd>{formatDateTime(offer.offerExpiresAt!)}</dd>
            </dl>
            <AcceptOffer token={token} />
          </>
        )}
      </Card>
    </>
  );
}
