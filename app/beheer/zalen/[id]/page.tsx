import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "@/lib/http/page-interrupts";
import { ApproveForm, DepositForm, RefuseForm, StaffCancelForm } from "@/components/halls/staff-forms";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { formatEuro } from "@/lib/be/money";
import { formatDateTime, formatLongDate } from "@/lib/be/time";
import { requireStaff } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { cancellationFee } from "@/lib/halls/cancellation-fee";
import { BOOKING_STATUS_LABELS, DEPOSIT_LABELS } from "@/lib/halls/labels";
import { staffBooking } from "@/lib/halls/staff-queries";

export const metadata: Metadata = { title: "Zalen - reservatie" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ gedaan?: string }> };

const DONE: Record<string, string> = {
  goedgekeurd: "Goedgekeurd; de aanvrager kreeg een e-mail.",
  geweigerd: "Geweigerd; de aanvrager kreeg de reden per e-mail.",
  waarborg: "De waarborg is geregeld; de aanvrager kreeg een e-mail.",
  geannuleerd: "Geannuleerd; de aanvrager kreeg een e-mail.",
};

export default async function StaffHallBookingPage({ params, searchParams }: Props) {
  const [{ id }, { gedaan }] = await Promise.all([params, searchParams]);
  await requireStaff("leisure:manage", `/beheer/zalen/${id}`);
  const booking = await staffBooking(id);
  if (!booking) notFound();
  const now = new Date();
  const rules = await db.hallCancellationRule.findMany({ where: { hallId: booking.hallId } });
  const fee =
    booking.status === "APPROVED"
      ? cancellationFee(rules, booking.priceCents, booking.startsAt, now).feeCents
      : 0;
  const active = booking.status === "REQUESTED" || booking.status === "APPROVED";
  return (
    <>
      <PageHeader
        title={`${booking.hall.name}: ${formatLongDate(booking.startsAt)}`}
        intro={`${booking.slotLabel} · ${BOOKING_STATUS_LABELS[booking.status]}`}
      />
      {gedaan && DONE[gedaan] && (
        <p role="status" className="mb-6 rounded-md border-l-4 border-brand-700 bg-brand-50 p-4">
          {DONE[gedaan]}
        </p>
      )}
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title="Reservatie">
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
            <dt className="font-semibold">Aanvrager</dt>
            <dd>
              {booking.user.name} ({booking.user.email})
            </dd>
            <dt className="font-semibold">Voor</dt>
            <dd>{booking.association?.name ?? "zichzelf"}</dd>
            <dt className="font-semibold">Tarief</dt>
            <dd>{booking.tariffLabel}</dd>
            <dt className="font-semibold">Waarvoor</dt>
            <dd>{booking.purpose}</dd>
            <dt className="font-semibold">Huur</dt>
            <dd>
              {booking.units} × {formatEuro(booking.unitCents)} = {formatEuro(booking.priceCents)}
            </dd>
            <dt className="font-semibold">Waarborg</dt>
            <dd>
              {formatEuro(booking.depositCents)}
              {booking.depositOutcome && ` – ${DEPOSIT_LABELS[booking.depositOutcome]}`}
              {booking.depositKeptCents
                ? ` (${formatEuro(booking.depositKeptCents)}: ${booking.depositReason})`
                : ""}
            </dd>
            <dt className="font-semibold">Betaling</dt>
            <dd>
              {booking.paidAt
                ? `betaald op ${formatDateTime(booking.paidAt)}`
                : booking.invoiceLater
                  ? "factuur achteraf"
                  : "niet betaald"}
            </dd>
            {booking.series && (
              <>
                <dt className="font-semibold">Reeks</dt>
                <dd>{booking.series.description}</dd>
              </>
            )}
            {booking.refusalReason && (
              <>
                <dt className="font-semibold">Reden weigering</dt>
                <dd>{booking.refusalReason}</dd>
              </>
            )}
            {booking.createdById && (
              <>
                <dt className="font-semibold">Ingegeven</dt>
                <dd>door een medewerker, aan de balie of telefoon</dd>
              </>
            )}
          </dl>
        </Card>
        <div className="space-y-6">
          {booking.status === "REQUESTED" && (
            <>
              <Card title="Goedkeuren">
                <ApproveForm bookingId={booking.id} />
              </Card>
              <section id="weigeren">
                <Card title="Weigeren">
                  <RefuseForm bookingId={booking.id} />
                </Card>
              </section>
            </>
          )}
          {booking.status === "APPROVED" &&
            booking.endsAt <= now &&
            !booking.depositOutcome &&
            booking.depositCents > 0 && (
              <Card title="Waarborg na het gebruik">
                <DepositForm bookingId={booking.id} />
              </Card>
            )}
          {active && booking.startsAt > now && (
            <Card title="Annuleren">
              <StaffCancelForm
                bookingId={booking.id}
                feeText={
                  fee > 0
                    ? `Annuleringskost volgens de regels van de zaal: ${formatEuro(fee)}.`
                    : "Annuleren kost nu niets."
                }
              />
            </Card>
          )}
        </div>
      </div>
      <p className="mt-6">
        <Link href="/beheer/zalen">Terug naar de planning</Link>
      </p>
    </>
  );
}
