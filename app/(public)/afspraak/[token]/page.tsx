import type { Metadata } from "next";
import Link from "next/link";
import { AppointmentFacts } from "@/components/appointments/appointment-facts";
import { CancelAppointment } from "@/components/appointments/cancel-appointment";
import { MoveStep } from "@/components/appointments/move-step";
import { pickerHref } from "@/components/appointments/slot-picker";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { APPOINTMENT_STATUS_LABELS } from "@/lib/appointments/labels";
import { appointmentMessages } from "@/lib/appointments/messages";
import { freeSlots, getAppointmentByToken, isRetiredLink } from "@/lib/appointments/queries";
import { type PickerQuery, slotPicker } from "@/lib/appointments/slot-picker";

// Reached by its token only: rendered per request (a blocking route), never a shared shell.
export const instant = false;

export const metadata: Metadata = { title: "Je afspraak", robots: { index: false } };

type Done = { geboekt?: string; verplaatst?: string; geannuleerd?: string };
type Props = { params: Promise<{ token: string }>; searchParams: Promise<Done & PickerQuery> };

const DONE = {
  geboekt: "Je afspraak is geboekt. Je krijgt een bevestiging met de afspraak voor je agenda per e-mail.",
  verplaatst: "Je afspraak is verplaatst. Je krijgt een bevestiging met het nieuwe tijdstip per e-mail.",
  geannuleerd: "Je afspraak is geannuleerd.",
} as const;

/** The personal page of one appointment, reached by the link in the mail: no account needed. */
export default async function ManageAppointmentPage({ params, searchParams }: Props) {
  const [{ token }, query] = await Promise.all([params, searchParams]);
  const appointment = await getAppointmentByToken(token);
  if (!appointment) {
    const retired = await isRetiredLink(token);
    return (
      <>
        <PageHeader title={retired ? "Deze link werkt niet meer" : "Deze link werkt niet"} />
        <div className="max-w-3xl space-y-4 text-lg">
          <Notice tone="error">
            {retired ? appointmentMessages.retiredLink : appointmentMessages.invalidLink}
          </Notice>
          <p>
            <Link href="/afspraken">Een nieuwe afspraak maken</Link>
          </p>
        </div>
      </>
    );
  }
  const done = (Object.keys(DONE) as (keyof Done)[]).find((k) => query[k]);
  const changeable = appointment.status === "BOOKED" && appointment.startsAt > new Date();
  const slots = changeable
    ? await freeSlots(appointment.serviceId, appointment.siteId, new Date(), {
        ignoreAppointmentId: appointment.id,
      })
    : [];
  return (
    <>
      <PageHeader
        title={`Afspraak: ${appointment.service.name}`}
        intro={`${APPOINTMENT_STATUS_LABELS[appointment.status]} · ${appointment.name}`}
      />
      {done && <Notice tone="success">{DONE[done]}</Notice>}
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <Card title="Je afspraak">
          <AppointmentFacts appointment={appointment} />
        </Card>
        {changeable && (
          <Card title="Annuleren">
            <p className="mb-4">Kan je niet komen? Annuleer, dan kan iemand anders dit moment gebruiken.</p>
            <CancelAppointment by="link" token={token} when={appointment.startsAt} />
          </Card>
        )}
      </div>
      {changeable && slots.length > 0 && (
        <section aria-labelledby="verplaatsen" className="mt-8 max-w-3xl space-y-4">
          <h2 id="verplaatsen" className="text-2xl font-semibold">
            Verplaatsen
          </h2>
          <MoveStep
            appointment={appointment}
            picker={slotPicker(slots, query)}
            href={pickerHref(`/afspraak/${token}`)}
            by="link"
            reference={token}
          />
        </section>
      )}
    </>
  );
}
