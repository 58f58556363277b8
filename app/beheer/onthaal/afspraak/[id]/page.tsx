import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "@/lib/http/page-interrupts";
import { AppointmentFacts } from "@/components/appointments/appointment-facts";
import { CancelAppointment } from "@/components/appointments/cancel-appointment";
import { MoveStep } from "@/components/appointments/move-step";
import { pickerHref } from "@/components/appointments/slot-picker";
import { buttonClass } from "@/components/ui/button-class";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { APPOINTMENT_STATUS_LABELS } from "@/lib/appointments/labels";
import { freeSlots } from "@/lib/appointments/queries";
import { type PickerQuery, slotPicker } from "@/lib/appointments/slot-picker";
import { getAppointmentForStaff } from "@/lib/appointments/staff-queries";
import { requireStaff } from "@/lib/auth/guards";
import { brusselsParts } from "@/lib/be/time";

export const metadata: Metadata = { title: "Afspraak" };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<PickerQuery & { verplaatst?: string }>;
};

export default async function StaffAppointmentPage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  await requireStaff("frontoffice:manage", `/beheer/onthaal/afspraak/${id}`);
  const a = await getAppointmentForStaff(id);
  if (!a) notFound();
  const movable = a.status === "BOOKED" && a.startsAt > new Date();
  const slots = movable
    ? await freeSlots(a.serviceId, a.siteId, new Date(), { ignoreAppointmentId: a.id, byStaff: true })
    : [];
  const followUp = new URLSearchParams({ vervolg: a.id, dienst: a.serviceId, site: a.siteId });
  if (a.user) followUp.set("inwoner", a.user.id);
  return (
    <>
      <PageHeader title={`${a.name}: ${a.service.name}`} intro={APPOINTMENT_STATUS_LABELS[a.status]} />
      {query.verplaatst && (
        <Notice tone="success">
          De afspraak is verplaatst
          {a.email
            ? " en de inwoner kreeg een e-mail met een nieuwe persoonlijke link; de oude link werkt niet meer"
            : ""}
          .
        </Notice>
      )}
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title="Afspraak">
          <AppointmentFacts
            appointment={a}
            extra={[
              {
                key: "contact",
                label: "Contact",
                value: [a.phone, a.email].filter(Boolean).join(" · ") || "–",
              },
              { key: "geboekt", label: "Geboekt door", value: a.bookedBy?.name ?? "de inwoner, online" },
            ]}
          />
          <div className="mt-4 flex flex-wrap items-start gap-2">
            <Link className={buttonClass()} href={`/beheer/onthaal/boeken?${followUp.toString()}`}>
              Vervolgafspraak boeken
            </Link>
            <a className={buttonClass("secondary")} href={`/beheer/onthaal/afspraak/${a.id}/bevestiging.pdf`}>
              Bevestiging afdrukken
            </a>
            {a.status === "BOOKED" && (
              <CancelAppointment by="staff" id={a.id} email={a.email} when={a.startsAt} />
            )}
          </div>
        </Card>
        {movable && slots.length > 0 && (
          <Card title="Verplaatsen">
            <MoveStep
              appointment={a}
              picker={slotPicker(slots, query)}
              href={pickerHref(`/beheer/onthaal/afspraak/${a.id}`)}
              by="staff"
              reference={a.id}
            />
          </Card>
        )}
      </div>
      <p className="mt-6">
        <Link href={`/beheer/onthaal?site=${a.siteId}&dag=${brusselsParts(a.startsAt).dateKey}`}>
          Terug naar de kalender
        </Link>
      </p>
    </>
  );
}
