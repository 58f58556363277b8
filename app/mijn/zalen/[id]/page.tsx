import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "@/lib/http/page-interrupts";
import { CancelForm } from "@/components/halls/cancel-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { formatEuro } from "@/lib/be/money";
import { formatLongDate } from "@/lib/be/time";
import { requireUser } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { feeFor, findOwnBooking } from "@/lib/halls/cancel";
import { ordersOf } from "@/lib/halls/my-queries";
import { BOOKING_STATUS_LABELS, DEPOSIT_LABELS } from "@/lib/halls/labels";

export const metadata: Metadata = { title: "Zaalreservatie" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ geannuleerd?: string }> };

export default async function MyHallBookingPage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const actor = await requireUser(`/mijn/zalen/${id}`);
  const booking = await findOwnBooking(db, id, actor.userId).catch((error) => {
    if (error instanceof AppError) notFound();
    throw error;
  });
  const order = booking.orderId ? (await ordersOf([booking.orderId])).get(booking.orderId) : null;
  const now = new Date();
  const fee = feeFor(booking, now);
  const cancellable =
    (booking.status === "REQUESTED" || booking.status === "APPROVED") && booking.startsAt > now;
  return (
    <>
      <PageHeader
        title={booking.hall.name}
        intro={`${formatLongDate(booking.startsAt)}, ${booking.slotLabel}`}
      />
      {query.geannuleerd && (
        <p role="status" className="mb-6 rounded-md border-l-4 border-brand-700 bg-brand-50 p-4">
          Je reservatie is geannuleerd. We stuurden je een bevestiging per e-mail.
        </p>
      )}
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title="Reservatie">
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
            <dt className="font-semibold">Status</dt>
            <dd>{BOOKING_STATUS_LABELS[booking.status]}</dd>
            {booking.refusalReason && (
              <>
                <dt className="font-semibold">Reden</dt>
                <dd>{booking.refusalReason}</dd>
              </>
            )}
            <dt className="font-semibold">Voor</dt>
            <dd>{booking.association?.name ?? "mezelf"}</dd>
            <dt className="font-semibold">Tarief</dt>
            <dd>{booking.tariffLabel}</dd>
            <dt className="font-semibold">Huur</dt>
            <dd>
              {booking.units} × {formatEuro(booking.unitCents)} = {formatEuro(booking.priceCents)}
            </dd>
            <dt className="font-semibold">Waarborg</dt>
            <dd>
              {formatEuro(booking.depositCents)}
              {booking.depositOutcome &&
                ` – ${DEPOSIT_LABELS[booking.depositOutcome]}${booking.depositKeptCents ? ` (${formatEuro(booking.depositKeptCents)} ingehouden: ${booking.depositReason})` : ""}`}
            </dd>
            <dt className="font-semibold">Betaling</dt>
            <dd>
              {booking.paidAt ? (
                "betaald"
              ) : booking.invoiceLater ? (
                "factuur achteraf"
              ) : order ? (
                <Link href={`/bestelling/${order.accessToken}`}>
                  Bestelling {order.number} bekijken en betalen
                </Link>
              ) : booking.status === "REQUESTED" ? (
                "na goedkeuring"
              ) : (
                "–"
              )}
            </dd>
            {booking.cancellationFeeCents !== null && (
              <>
                <dt className="font-semibold">Annuleringskost</dt>
                <dd>{formatEuro(booking.cancellationFeeCents)}</dd>
              </>
            )}
          </dl>
        </Card>
        {cancellable && (
          <Card title="Annuleren">
            <CancelForm
              bookingId={booking.id}
              feeText={
                fee.feeCents > 0
                  ? `Annuleren kost nu ${formatEuro(fee.feeCents)} (${fee.feePercent} % van de huurprijs, ${fee.daysBefore} dagen op voorhand). De waarborg krijg je volledig terug.`
                  : "Annuleren kost nu niets."
              }
            />
          </Card>
        )}
      </div>
      <p className="mt-6">
        <Link href="/mijn/zalen">Terug naar mijn zaalreservaties</Link>
      </p>
    </>
  );
}
