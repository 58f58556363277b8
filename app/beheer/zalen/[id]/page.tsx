import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "@/lib/http/page-interrupts";
import { BookingFacts } from "@/components/halls/booking-facts";
import { BookingActions } from "@/components/halls/staff/booking-actions";
import { buttonClass } from "@/components/ui/button-class";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guards";
import { formatLongDate } from "@/lib/be/time";
import { BOOKING_STATUS_LABELS } from "@/lib/halls/labels";
import { staffBooking } from "@/lib/halls/queries/staff";

export const metadata: Metadata = { title: "Zalen - reservatie" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ gedaan?: string }> };

const DONE: Record<string, string> = {
  geboekt: "Gereserveerd voor de inwoner. Druk de bevestiging af als hij of zij geen e-mail heeft.",
  goedgekeurd: "Goedgekeurd; de aanvrager kreeg een e-mail.",
  geweigerd: "Geweigerd; de aanvrager kreeg de reden per e-mail.",
  waarborg: "De waarborg is geregeld; de aanvrager kreeg een e-mail.",
  geannuleerd: "Geannuleerd; de aanvrager kreeg een e-mail.",
};

export default async function StaffHallBookingPage({ params, searchParams }: Props) {
  const [{ id }, { gedaan }] = await Promise.all([params, searchParams]);
  await requireStaff("leisure:manage", `/beheer/zalen/${id}`);
  const view = await staffBooking(id);
  if (!view) notFound();
  const { booking, order } = view;
  const contact = [booking.user.email ?? "geen e-mail", booking.user.phone].filter(Boolean).join(", ");
  return (
    <>
      <PageHeader
        title={`${booking.hall.name}: ${formatLongDate(booking.startsAt)}`}
        intro={`${booking.slotLabel} · ${BOOKING_STATUS_LABELS[booking.status]}`}
      />
      {gedaan && DONE[gedaan] && <Notice tone="success">{DONE[gedaan]}</Notice>}
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title="Reservatie">
          <BookingFacts
            booking={booking}
            order={order}
            forWhom="zichzelf"
            extra={[
              { key: "requester", label: "Aanvrager", value: `${booking.user.name ?? "–"} (${contact})` },
              ...(booking.series
                ? [{ key: "series", label: "Reeks", value: booking.series.description }]
                : []),
              ...(booking.createdById
                ? [
                    {
                      key: "desk",
                      label: "Ingegeven",
                      value: "door een medewerker, aan de balie of telefoon",
                    },
                  ]
                : []),
            ]}
          />
          <p className="mt-4">
            <a href={`/beheer/zalen/${booking.id}/bevestiging.pdf`} className={buttonClass("secondary")}>
              Bevestiging afdrukken (PDF)
            </a>
          </p>
        </Card>
        <BookingActions view={view} />
      </div>
      <p className="mt-6">
        <Link href="/beheer/zalen">Terug naar de planning</Link>
      </p>
    </>
  );
}
