import type { Metadata } from "next";
import Link from "next/link";
import { DayLinks } from "@/components/appointments/day-links";
import { CancelForm, RescheduleForm } from "@/components/appointments/manage-forms";
import { slotDays, timeOptions } from "@/components/appointments/slot-options";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { freeSlots, getAppointmentByToken, isRetiredLink } from "@/lib/appointments/queries";
import { APPOINTMENT_STATUS_LABELS } from "@/lib/appointments/labels";
import { brusselsInstant, formatLongDate, formatTime } from "@/lib/be/time";

// Reached by its token only: rendered per request (a blocking route), never a shared shell.
export const instant = false;

export const metadata: Metadata = { title: "Je afspraak", robots: { index: false } };

type Props = {
  params: Promise<{ token: string }>;
  searchParams: Promise<{ geboekt?: string; verplaatst?: string; geannuleerd?: string; dag?: string }>;
};

const NOTICES = {
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
          {retired ? (
            <p role="alert" className="rounded-md border-l-4 border-red-700 bg-red-50 p-4">
              Je afspraak werd verplaatst en je kreeg een nieuwe persoonlijke link per e-mail. Deze oude link
              werkt daarom niet meer. Gebruik de link uit de laatste mail over je afspraak, of bel{" "}
              <a href="tel:1750">1750</a>.
            </p>
          ) : (
            <p role="alert" className="rounded-md border-l-4 border-red-700 bg-red-50 p-4">
              We vinden geen afspraak bij deze link. Controleer of je de volledige link uit je
              bevestigingsmail gebruikt. Lukt het niet, bel dan <a href="tel:1750">1750</a>.
            </p>
          )}
          <p>
            <Link href="/afspraken">Een nieuwe afspraak maken</Link>
          </p>
        </div>
      </>
    );
  }
  const notice = (Object.keys(NOTICES) as (keyof typeof NOTICES)[]).find((k) => query[k]);
  const changeable = appointment.status === "BOOKED" && appointment.startsAt > new Date();
  const slots = changeable
    ? await freeSlots(appointment.serviceId, appointment.siteId, new Date(), {
        ignoreAppointmentId: appointment.id,
      })
    : [];
  const days = slotDays(slots);
  const day = days.find((d) => d.dateKey === query.dag)?.dateKey ?? days[0]?.dateKey;
  return (
    <>
      <PageHeader
        title={`Afspraak: ${appointment.service.name}`}
        intro={`${APPOINTMENT_STATUS_LABELS[appointment.status]} · ${appointment.name}`}
      />
      {notice && (
        <p role="status" className="mb-6 rounded-md border-l-4 border-brand-700 bg-brand-50 p-4 text-lg">
          {NOTICES[notice]}
        </p>
      )}
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <Card title="Je afspraak">
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-lg">
            <dt className="font-semibold">Wanneer</dt>
            <dd>
              {formatLongDate(appointment.startsAt)} om {formatTime(appointment.startsAt)} tot{" "}
              {formatTime(appointment.endsAt)}
            </dd>
            <dt className="font-semibold">Waar</dt>
            <dd>
              {appointment.site.name}, {appointment.site.street}, {appointment.site.postcode}{" "}
              {appointment.site.city} ({appointment.desk.name})
            </dd>
            <dt className="font-semibold">Breng mee</dt>
            <dd>{appointment.service.whatToBring}</dd>
          </dl>
        </Card>
        {changeable && (
          <Card title="Annuleren">
            <p className="mb-4">Kan je niet komen? Annuleer, dan kan iemand anders dit moment gebruiken.</p>
            <CancelForm token={token} />
          </Card>
        )}
      </div>
      {changeable && day && (
        <section aria-labelledby="verplaatsen" className="mt-8 space-y-4">
          <h2 id="verplaatsen" className="text-2xl font-semibold">
            Verplaatsen
          </h2>
          <DayLinks days={days} current={day} hrefFor={(d) => `/afspraak/${token}?dag=${d}#nieuw-tijdstip`} />
          <div id="nieuw-tijdstip" className="max-w-3xl">
            <Card title="Kies een nieuw tijdstip">
              <RescheduleForm
                token={token}
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
