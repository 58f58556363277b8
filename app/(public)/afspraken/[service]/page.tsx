import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "@/lib/http/page-interrupts";
import { atLeastOne } from "@/lib/cache/static-params";
import { PageHeader } from "@/components/ui/page-header";
import { getService, listServices, sitesOffering } from "@/lib/appointments/queries";

// The address decides what this shows, so the first request for it waits for the page (a blocking
// route); after that the page of this address is a cached document (lib/cache/static-params.ts).
export const instant = false;

export async function generateStaticParams() {
  return atLeastOne(
    (await listServices()).map((s) => ({ service: s.slug })),
    { service: "-" },
  );
}

type Props = { params: Promise<{ service: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const service = await getService((await params).service);
  return { title: service ? `Afspraak: ${service.name}` : "Dienst niet gevonden" };
}

/** Step 2: the town hall. */
export default async function AppointmentSitePage({ params }: Props) {
  const service = await getService((await params).service);
  if (!service) notFound();
  const sites = await sitesOffering(service.id);
  return (
    <>
      <PageHeader
        trail={[{ href: "/afspraken", label: "Afspraken" }]}
        title={service.name}
        intro={service.description}
      />
      <div className="max-w-3xl space-y-6 text-lg">
        <p>
          <strong>Breng mee:</strong> {service.whatToBring}
        </p>
        <h2 className="text-2xl font-semibold">Kies het gemeentehuis</h2>
        <ul className="space-y-3">
          {sites.map((site) => (
            <li key={site.id}>
              <Link href={`/afspraken/${service.slug}/${site.slug}`} className="text-xl font-semibold">
                {site.name}
              </Link>
              <span className="block text-base text-slate-700">
                {site.street}, {site.postcode} {site.city}
              </span>
            </li>
          ))}
        </ul>
        <p>
          <Link href="/afspraken">Een andere dienst kiezen</Link>
        </p>
      </div>
    </>
  );
}
