import type { Metadata } from "next";
import Link from "next/link";
import { ConfirmCard } from "@/components/appointments/chosen-moment";
import { PickerNotice } from "@/components/appointments/picker-notice";
import { pickerHref, SlotPicker } from "@/components/appointments/slot-picker";
import { ServiceSiteChoice } from "@/components/appointments/staff/service-site-choice";
import { StaffBookingForm } from "@/components/appointments/staff/staff-booking-form";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { freeSlots } from "@/lib/appointments/queries";
import { type PickerQuery, slotPicker } from "@/lib/appointments/slot-picker";
import { bookableServices, getAppointmentForStaff, listSites } from "@/lib/appointments/staff-queries";
import { requireStaff } from "@/lib/auth/guards";
import { getResidentForStaff } from "@/lib/residents/queries";

export const metadata: Metadata = { title: "Afspraak boeken" };

type Props = {
  searchParams: Promise<PickerQuery & { dienst?: string; site?: string; inwoner?: string; vervolg?: string }>;
};

/** Booking for a caller or a desk visitor, also the follow-up at the end of a visit. */
export default async function StaffBookingPage({ searchParams }: Props) {
  await requireStaff("frontoffice:manage", "/beheer/onthaal/boeken");
  const query = await searchParams;
  const [services, sites, resident, previous] = await Promise.all([
    bookableServices(),
    listSites(),
    query.inwoner ? getResidentForStaff(query.inwoner) : null,
    query.vervolg ? getAppointmentForStaff(query.vervolg) : null,
  ]);
  const service = services.find((s) => s.id === query.dienst);
  const site = sites.find((s) => s.id === (query.site ?? previous?.siteId)) ?? sites[0];
  const slots = service ? await freeSlots(service.id, site.id, new Date(), { byStaff: true }) : [];
  const picker = slotPicker(slots, query);
  const keep = { inwoner: resident?.id, vervolg: previous?.id };
  const href = pickerHref("/beheer/onthaal/boeken", { dienst: service?.id, site: site.id, ...keep });
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
      <div className="max-w-3xl space-y-6">
        <Card title="Dienst en gemeentehuis">
          <ServiceSiteChoice
            services={services}
            sites={sites}
            service={service?.id}
            site={site.id}
            keep={keep}
          />
        </Card>
        {service && slots.length === 0 && (
          <Notice>
            {service.name} heeft geen vrije momenten in {site.name} de komende weken, of wordt daar niet
            aangeboden.
          </Notice>
        )}
        {service && picker.chosen && (
          <ConfirmCard
            title="Controleer en boek"
            slot={picker.chosen}
            service={service}
            site={site}
            changeHref={href({ dag: picker.chosen.dateKey })}
          >
            <StaffBookingForm
              serviceId={service.id}
              siteId={site.id}
              startsAt={picker.chosen.startsAt.toISOString()}
              person={person}
              residentId={resident?.id}
              followUpOfId={previous?.id}
            />
          </ConfirmCard>
        )}
        {service && slots.length > 0 && !picker.chosen && (
          <>
            <PickerNotice unavailable={picker.unavailable} />
            <SlotPicker picker={picker} href={href} group={service.capacityPerSlot > 1} />
          </>
        )}
        <p>
          <Link href={`/beheer/onthaal?site=${site.id}`}>Terug naar de kalender</Link>
        </p>
      </div>
    </>
  );
}
