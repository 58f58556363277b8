import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "@/lib/http/page-interrupts";
import { DayLinks } from "@/components/appointments/day-links";
import { MoveMineForm } from "@/components/appointments/manage-forms";
import { slotDays, timeOptions } from "@/components/appointments/slot-options";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { freeSlots, ownAppointment } from "@/lib/appointments/queries";
import { requireUser } from "@/lib/auth/guards";
import { brusselsInstant, formatLongDate, formatTime } from "@/lib/be/time";

export const metadata: Metadata = { title: "Afspraak verplaatsen" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ dag?: string }> };

/** Moving one of the resident's own appointments: the same free slots as the personal link offers. */
export default async function MoveMyAppointmentPage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const actor = await requireUser(`/mijn/afspraken/${id}/verplaatsen`);
  const appointment = await ownAppointment(actor.userId, id);
  if (!appointment) notFound();
  const now = new Date();
  const changeable = appointment.status === "BOOKED" && appointment.startsAt > now;
  const slots = changeable
    ? await freeSlots(appointment.serviceId, appointment.siteId, now, { ignoreAppointmentId: appointment.id })
    : [];
  const days = slotDays(slots);
  const day = days.find((d) => d.dateKey === query.dag)?.dateKey ?? days[0]?.dateKey;
  return (
    <>
      <PageHeader
        title={`Afspraak verplaatsen: ${appointment.service.name}`}
        intro={`Nu: ${formatLongDate(appointment.startsAt)} om ${formatTime(appointment.startsAt)}, ${appointment.site.name} (${appointment.desk.name}).`}
      >
        <p className="mt-4">
          <Link href="/mijn/afspraken">Terug naar mijn afspraken</Link>
        </p>
      </PageHeader>
      {!changeable ? (
        <p role="status" className="max-w-3xl text-lg">
          Deze afspraak is voorbij of geannuleerd en kan niet meer verplaatst worden.
        </p>
      ) : !day ? (
        <p role="status" className="max-w-3xl text-lg">
          Er zijn geen andere vrije momenten. Bel 1750 om samen een moment te zoeken.
        </p>
      ) : (
        <section aria-labelledby="nieuw-tijdstip-titel" className="space-y-4">
          <h2 id="nieuw-tijdstip-titel" className="text-2xl font-semibold">
            Kies een dag
          </h2>
          <DayLinks
            days={days}
            current={day}
            hrefFor={(d) => `/mijn/afspraken/${appointment.id}/verplaatsen?dag=${d}#nieuw-tijdstip`}
          />
          <div id="nieuw-tijdstip" className="max-w-3xl">
            <Card title="Kies een nieuw tijdstip">
              <p className="mb-4">Je krijgt een bevestiging met een nieuwe persoonlijke link per e-mail.</p>
              <MoveMineForm
                id={appointment.id}
                legend={`Vrije momenten op ${formatLongDate(brusselsInstant(day, 720))}`}
                times={timeOptions(slots, day, appointment.service.capacityPerSlot > 1)}
              />
            </Card>
          </div>
        </section>
      )}
    </>
  );
}
