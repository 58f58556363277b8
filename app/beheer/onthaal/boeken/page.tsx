import type { Metadata } from "next";
import Link from "next/link";
import { DayLinks } from "@/components/appointments/day-links";
import { slotDays, timeOptions } from "@/components/appointments/slot-options";
import { StaffBookingForm } from "@/components/appointments/staff/staff-booking-form";
import { buttonClass } from "@/components/ui/button-class";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { freeSlots } from "@/lib/appointments/queries";
import { bookableServices, getAppointmentForStaff, listSites } from "@/lib/appointments/staff-queries";
import { requireStaff } from "@/lib/auth/guards";
import { brusselsInstant, formatLongDate } from "@/lib/be/time";
import { getProfile } from "@/lib/residents/queries";

export const metadata: Metadata = { title: "Afspraak boeken" };

type Props = {
  searchParams: Promise<{ dienst?: string; site?: string; dag?: string; inwoner?: string; vervolg?: string }>;
};

const selectClass = "mt-1 block w-full rounded-md border border-slate-500 bg-white px-3 py-2";

/** Booking for a caller or a desk visitor, also the follow-up at the end of a visit. */
export default async function StaffBookingPage({ searchParams }: Props) {
  await requireStaff("frontoffice:manage", "/beheer/onthaal/boeken");
  const query = await searchParams;
  const [services, sites, resident, previous] = await Promise.all([
    bookableServices(),
    listSites(),
    query.inwoner ? getProfile(query.inwoner) : null,
    query.vervolg ? getAppointmentForStaff(query.vervolg) : null,
  ]);
  const service = services.find((s) => s.id === query.dienst);
  const site = sites.find((s) => s.id === (query.site ?? previous?.siteId)) ?? sites[0];
  const slots = service ? await freeSlots(service.id, site.id, new Date(), { byStaff: true }) : [];
  const days = slotDays(slots);
  const day = days.find((d) => d.dateKey === query.dag)?.dateKey ?? days[0]?.dateKey;
  const keep = new URLSearchParams(
    Object.entries({
      dienst: service?.id,
      site: site.id,
      inwoner: resident?.id,
      vervolg: previous?.id,
    }).filter((e): e is [string, string] => Boolean(e[1])),
  );
  const person = resident
    ? {
        name: resident.name ?? undefined,
        email: resident.email ?? undefined,
        phone: resident.phone ?? undefined,
      }
    : previous
      ? { name: previous.name, email: previous.email || undefined, phone: previous.phone ?? undefined }
      : {};
  return (
    <>
      <PageHeader
        title={previous ? "Vervolgafspraak boeken" : "Afspraak boeken"}
        intro={
          resident
            ? `Voor ${resident.name}. De afspraak staat op naam van jou én van de inwoner.`
            : previous
              ? `Na de afspraak van ${previous.name} (${previous.service.name}).`
              : "Voor wie belt of aan de balie staat."
        }
      />
      <div className="space-y-6">
        <Card title="Dienst en gemeentehuis">
          <form method="get" className="grid gap-4 md:grid-cols-[1fr_1fr_auto] md:items-end">
            {resident && <input type="hidden" name="inwoner" value={resident.id} />}
            {previous && <input type="hidden" name="vervolg" value={previous.id} />}
            <div>
              <label htmlFor="dienst" className="block font-semibold">
                Dienst
              </label>
              <select id="dienst" name="dienst" defaultValue={service?.id ?? ""} className={selectClass}>
                <option value="">Kies een dienst</option>
                {services.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="site" className="block font-semibold">
                Gemeentehuis
              </label>
              <select id="site" name="site" defaultValue={site.id} className={selectClass}>
                {sites.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className={buttonClass("secondary")}>
              Toon vrije momenten
            </button>
          </form>
        </Card>
        {service && !day && (
          <p role="status">
            {service.name} heeft geen vrije momenten in {site.name} de komende weken, of wordt daar niet
            aangeboden.
          </p>
        )}
        {service && day && (
          <>
            <DayLinks
              days={days}
              current={day}
              hrefFor={(d) => `/beheer/onthaal/boeken?${keep.toString()}&dag=${d}#tijdstip`}
            />
            <div id="tijdstip" className="max-w-3xl">
              <Card title="Tijdstip en gegevens">
                <StaffBookingForm
                  serviceId={service.id}
                  siteId={site.id}
                  legend={`Vrije momenten op ${formatLongDate(brusselsInstant(day, 720))}`}
                  times={timeOptions(slots, day, service.capacityPerSlot > 1)}
                  person={person}
                  residentId={resident?.id}
                  followUpOfId={previous?.id}
                />
              </Card>
            </div>
          </>
        )}
        <p>
          <Link href={`/beheer/onthaal?site=${site.id}`}>Terug naar de kalender</Link>
        </p>
      </div>
    </>
  );
}
