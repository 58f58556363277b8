import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "@/lib/http/page-interrupts";
import { DayLinks } from "@/components/appointments/day-links";
import { slotDays, timeOptions } from "@/components/appointments/slot-options";
import { InlineAction } from "@/components/ui/inline-action";
import { StaffMoveForm } from "@/components/appointments/staff/staff-move-form";
import { buttonClass } from "@/components/ui/button-class";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { freeSlots } from "@/lib/appointments/queries";
import { markAction } from "@/lib/appointments/staff-actions";
import { getAppointmentForStaff } from "@/lib/appointments/staff-queries";
import { APPOINTMENT_STATUS_LABELS } from "@/lib/appointments/labels";
import { requireStaff } from "@/lib/auth/guards";
import { brusselsInstant, brusselsParts, formatLongDate, formatTime } from "@/lib/be/time";

export const metadata: Metadata = { title: "Afspraak" };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ dag?: string; verplaatst?: string }>;
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
  const days = slotDays(slots);
  const day = days.find((d) => d.dateKey === query.dag)?.dateKey ?? days[0]?.dateKey;
  const followUp = new URLSearchParams({ vervolg: a.id, dienst: a.serviceId, site: a.siteId });
  if (a.user) followUp.set("inwoner", a.user.id);
  return (
    <>
      <PageHeader title={`${a.name}: ${a.service.name}`} intro={APPOINTMENT_STATUS_LABELS[a.status]} />
      {query.verplaatst && (
        <p role="status" className="mb-6 rounded-md border-l-4 border-brand-700 bg-brand-50 p-4 text-lg">
          De afspraak is verplaatst
          {a.email
            ? " en de inwoner kreeg een e-mail met een nieuwe persoonlijke link; de oude link werkt niet meer"
            : ""}
          .
        </p>
      )}
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title="Afspraak">
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
            <dt className="font-semibold">Wanneer</dt>
            <dd>
              {formatLongDate(a.startsAt)} {formatTime(a.startsAt)}–{formatTime(a.endsAt)}
            </dd>
            <dt className="font-semibold">Waar</dt>
            <dd>
              {a.site.name}, {a.desk.name}
            </dd>
            <dt className="font-semibold">Contact</dt>
            <dd>{[a.phone, a.email].filter(Boolean).join(" · ") || "–"}</dd>
            <dt className="font-semibold">Geboekt door</dt>
            <dd>{a.bookedBy?.name ?? "de inwoner, online"}</dd>
          </dl>
          <div className="mt-4 flex flex-wrap gap-2">
            <Link className={buttonClass()} href={`/beheer/onthaal/boeken?${followUp.toString()}`}>
              Vervolgafspraak boeken
            </Link>
            {a.status === "BOOKED" && (
              <InlineAction action={markAction} fields={{ id: a.id, status: "CANCELLED" }} kind="danger">
                Annuleren
              </InlineAction>
            )}
          </div>
        </Card>
        {movable && day && (
          <Card title="Verplaatsen">
            <DayLinks
              days={days.slice(0, 10)}
              current={day}
              hrefFor={(d) => `/beheer/onthaal/afspraak/${a.id}?dag=${d}`}
            />
            <div className="mt-4">
              <StaffMoveForm
                id={a.id}
                legend={`Vrije momenten op ${formatLongDate(brusselsInstant(day, 720))}`}
                times={timeOptions(slots, day, a.service.capacityPerSlot > 1)}
              />
            </div>
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
