import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "@/lib/http/page-interrupts";
import { CallUs } from "@/components/appointments/call-us";
import { MoveStep } from "@/components/appointments/move-step";
import { pickerHref } from "@/components/appointments/slot-picker";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { freeSlots, ownAppointment } from "@/lib/appointments/queries";
import { type PickerQuery, slotPicker } from "@/lib/appointments/slot-picker";
import { requireUser } from "@/lib/auth/guards";
import { formatLongDate, formatTime } from "@/lib/be/time";

export const metadata: Metadata = { title: "Afspraak verplaatsen" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<PickerQuery> };

/** Moving one of the resident's own appointments: the same free moments as the personal link offers. */
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
  return (
    <>
      <PageHeader
        title={`Afspraak verplaatsen: ${appointment.service.name}`}
        intro={`Nu: ${formatLongDate(appointment.startsAt)} om ${formatTime(appointment.startsAt)}, ${appointment.site.name} (${appointment.desk.name}).`}
      >
        <p className="mt-4">
          <Link href={`/mijn/afspraken/${appointment.id}`}>Terug naar de afspraak</Link>
        </p>
      </PageHeader>
      <div className="max-w-3xl">
        {!changeable ? (
          <Notice>Deze afspraak is voorbij of geannuleerd en kan niet meer verplaatst worden.</Notice>
        ) : slots.length === 0 ? (
          <Notice>
            Er zijn geen andere vrije momenten. Bel <CallUs /> om samen een moment te zoeken.
          </Notice>
        ) : (
          <MoveStep
            appointment={appointment}
            picker={slotPicker(slots, query)}
            href={pickerHref(`/mijn/afspraken/${appointment.id}/verplaatsen`)}
            by="mine"
            reference={appointment.id}
            note="Je krijgt een bevestiging met een nieuwe persoonlijke link per e-mail."
          />
        )}
      </div>
    </>
  );
}
