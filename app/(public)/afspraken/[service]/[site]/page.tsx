import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { notFound } from "@/lib/http/page-interrupts";
import { CallUs } from "@/components/appointments/call-us";
import { BookingForm } from "@/components/appointments/booking-form";
import { ConfirmCard } from "@/components/appointments/chosen-moment";
import { PickerNotice } from "@/components/appointments/picker-notice";
import { pickerHref, SlotPicker } from "@/components/appointments/slot-picker";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { freeSlots, getService, sitesOffering } from "@/lib/appointments/queries";
import { type PickerQuery, slotPicker } from "@/lib/appointments/slot-picker";
import { getActor } from "@/lib/auth/actor";
import { getProfile } from "@/lib/residents/queries";

// The address decides what this shows, so the first request for it waits for the page (a blocking
// route); the cached facts make that cheap, and the request's own parts stay islands.
export const instant = false;

type Props = { params: Promise<{ service: string; site: string }>; searchParams: Promise<PickerQuery> };
export const metadata: Metadata = { title: "Kies een moment" };

/** Step 3: a moment (first free ones, or a day of a week), then a short check with the contact details. */
export default async function AppointmentSlotPage({ params, searchParams }: Props) {
  // Free slots are read per request, never in a prerender of this address.
  await connection();
  const [{ service: serviceSlug, site: siteSlug }, query] = await Promise.all([params, searchParams]);
  const service = await getService(serviceSlug);
  if (!service) notFound();
  const site = (await sitesOffering(service.id)).find((s) => s.slug === siteSlug);
  if (!site) notFound();
  const [slots, actor] = await Promise.all([freeSlots(service.id, site.id), getActor()]);
  const picker = slotPicker(slots, query);
  const href = pickerHref(`/afspraken/${service.slug}/${site.slug}`);
  const user = actor ? await getProfile(actor.userId) : null;
  return (
    <>
      <PageHeader
        trail={[
          { href: "/afspraken", label: "Afspraken" },
          { href: `/afspraken/${service.slug}`, label: "Kies een plaats" },
        ]}
        title={service.name}
        intro={`${site.name}, ${site.street}, ${site.postcode} ${site.city}`}
      />
      {picker.chosen ? (
        <ConfirmCard
          title="Controleer en bevestig"
          slot={picker.chosen}
          service={service}
          site={site}
          changeHref={href({ dag: picker.chosen.dateKey })}
        >
          <BookingForm
            serviceId={service.id}
            siteId={site.id}
            startsAt={picker.chosen.startsAt.toISOString()}
            person={{
              signedIn: Boolean(actor),
              name: user?.name ?? undefined,
              email: user?.email ?? undefined,
              phone: user?.phone ?? undefined,
            }}
          />
        </ConfirmCard>
      ) : slots.length === 0 ? (
        <Notice>
          Er zijn de komende weken geen vrije momenten meer. Bel <CallUs />, dan zoeken we samen een
          oplossing.
        </Notice>
      ) : (
        <div className="max-w-3xl">
          <PickerNotice unavailable={picker.unavailable} />
          <SlotPicker picker={picker} href={href} group={service.capacityPerSlot > 1} />
        </div>
      )}
      <p className="mt-8">
        <Link href={`/afspraken/${service.slug}`}>Een ander gemeentehuis kiezen</Link>
      </p>
    </>
  );
}
