import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "@/lib/http/page-interrupts";
import { BookingForm } from "@/components/appointments/booking-form";
import { DayLinks } from "@/components/appointments/day-links";
import { slotDays, timeOptions } from "@/components/appointments/slot-options";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { freeSlots, getService, sitesOffering } from "@/lib/appointments/queries";
import { getActor } from "@/lib/auth/actor";
import { brusselsInstant, formatLongDate } from "@/lib/be/time";
import { getProfile } from "@/lib/residents/queries";

// The address decides what this shows, so the first request for it waits for the page (a blocking
// route); the cached facts make that cheap, and the request's own parts stay islands.
export const instant = false;

type Props = {
  params: Promise<{ service: string; site: string }>;
  searchParams: Promise<{ dag?: string }>;
};

export const metadata: Metadata = { title: "Kies een moment" };

/** Step 3: a day, a time and the contact details, in one page that works without JavaScript. */
export default async function AppointmentSlotPage({ params, searchParams }: Props) {
  const [{ service: serviceSlug, site: siteSlug }, { dag }] = await Promise.all([params, searchParams]);
  const service = await getService(serviceSlug);
  if (!service) notFound();
  const site = (await sitesOffering(service.id)).find((s) => s.slug === siteSlug);
  if (!site) notFound();
  const [slots, actor] = await Promise.all([freeSlots(service.id, site.id), getActor()]);
  const days = slotDays(slots);
  const day = days.find((d) => d.dateKey === dag)?.dateKey ?? days[0]?.dateKey;
  const user = actor ? await getProfile(actor.userId) : null;
  const base = `/afspraken/${service.slug}/${site.slug}`;
  return (
    <>
      <PageHeader
        title={service.name}
        intro={`${site.name}, ${site.street}, ${site.postcode} ${site.city}`}
      />
      {!day ? (
        <p role="status" className="text-lg">
          Er zijn de komende weken geen vrije momenten meer. Bel <a href="tel:1750">1750</a>, dan zoeken we
          samen een oplossing.
        </p>
      ) : (
        <div className="space-y-8">
          {dag && dag !== day && (
            <p role="status" className="rounded-md border-l-4 border-accent-500 bg-amber-50 p-4">
              Op de gekozen dag is er geen vrij moment meer. We tonen de eerste dag met vrije momenten.
            </p>
          )}
          <section aria-labelledby="dagen">
            <h2 id="dagen" className="mb-3 text-2xl font-semibold">
              Kies een dag
            </h2>
            <DayLinks days={days} current={day} hrefFor={(d) => `${base}?dag=${d}#tijdstip`} />
          </section>
          <div id="tijdstip" className="max-w-3xl">
            <Card title="Kies een tijdstip en bevestig">
              <BookingForm
                serviceId={service.id}
                siteId={site.id}
                legend={`Vrije momenten op ${formatLongDate(brusselsInstant(day, 720))}`}
                times={timeOptions(slots, day, service.capacityPerSlot > 1)}
                person={{
                  signedIn: Boolean(actor),
                  name: user?.name ?? undefined,
                  email: user?.email ?? undefined,
                  phone: user?.phone ?? undefined,
                }}
              />
            </Card>
          </div>
        </div>
      )}
      <p className="mt-8">
        <Link href={`/afspraken/${service.slug}`}>Een ander gemeentehuis kiezen</Link>
      </p>
    </>
  );
}
