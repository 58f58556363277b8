import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "@/lib/http/page-interrupts";
import { AppointmentFacts } from "@/components/appointments/appointment-facts";
import { CancelAppointment } from "@/components/appointments/cancel-appointment";
import { buttonClass } from "@/components/ui/button-class";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { ownAppointment } from "@/lib/appointments/queries";
import { requireUser } from "@/lib/auth/guards";

export const metadata: Metadata = { title: "Afspraak" };

/** One of the resident's own appointments: what, when, where, and moving or cancelling it. */
export default async function MyAppointmentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireUser(`/mijn/afspraken/${id}`);
  const appointment = await ownAppointment(actor.userId, id);
  if (!appointment) notFound();
  const changeable = appointment.status === "BOOKED" && appointment.startsAt > new Date();
  return (
    <>
      <PageHeader
        trail={[
          { href: "/mijn", label: "Mijn Wingene" },
          { href: "/mijn/afspraken", label: "Mijn afspraken" },
        ]}
        title={`Afspraak: ${appointment.service.name}`}
      >
        <p className="mt-4">
          <Link href="/mijn/afspraken">Terug naar mijn afspraken</Link>
        </p>
      </PageHeader>
      <div className="max-w-3xl space-y-6">
        <Card title="Je afspraak">
          <AppointmentFacts
            appointment={appointment}
            extra={
              appointment.bookedBy
                ? [
                    {
                      key: "geboekt",
                      label: "Geboekt door",
                      value: appointment.bookedBy.name ?? "een medewerker",
                    },
                  ]
                : []
            }
          />
        </Card>
        {changeable && (
          <Card title="Verplaatsen of annuleren">
            <div className="flex flex-wrap items-start gap-3">
              <Link className={buttonClass()} href={`/mijn/afspraken/${appointment.id}/verplaatsen`}>
                Verplaatsen
              </Link>
              <CancelAppointment by="mine" id={appointment.id} when={appointment.startsAt} />
            </div>
          </Card>
        )}
      </div>
    </>
  );
}
