import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "@/lib/http/page-interrupts";
import { BookingFacts } from "@/components/halls/booking-facts";
import { CancelBooking } from "@/components/halls/cancel-booking";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/guards";
import { formatLongDate } from "@/lib/be/time";
import { myHallBooking } from "@/lib/halls/queries/mine";

export const metadata: Metadata = { title: "Zaalreservatie" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ geannuleerd?: string }> };

export default async function MyHallBookingPage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const actor = await requireUser(`/mijn/zalen/${id}`);
  const mine = await myHallBooking(id, actor.userId);
  if (!mine) notFound();
  const { booking, order, fee, cancellable } = mine;
  return (
    <>
      <PageHeader
        trail={[
          { href: "/mijn", label: "Mijn Wingene" },
          { href: "/mijn/zalen", label: "Mijn zaalreservaties" },
        ]}
        title={booking.hall.name}
        intro={`${formatLongDate(booking.startsAt)}, ${booking.slotLabel}`}
      />
      {query.geannuleerd && (
        <Notice tone="success">
          Je reservatie is geannuleerd. We stuurden je een bevestiging per e-mail.
        </Notice>
      )}
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title="Reservatie">
          <BookingFacts booking={booking} order={order} forWhom="mezelf" />
        </Card>
        {cancellable && (
          <Card title="Annuleren">
            <CancelBooking
              bookingId={booking.id}
              terms={{ ...fee, paid: Boolean(booking.paidAt), depositCents: booking.depositCents }}
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
