import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "@/lib/http/page-interrupts";
import { PageHeader } from "@/components/ui/page-header";
import { NOT_ONLINE_YET, services } from "@/content/services";
import { getMunicipality } from "@/lib/municipality/queries";

// Every service is known from content/services.ts, so each page is rendered once and cached whole
// (lib/cache/static-params.ts); the first request for an address waits for it (a blocking route).
export const instant = false;

export async function generateStaticParams() {
  return services.map((s) => ({ slug: s.slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const service = services.find((s) => s.slug === slug);
  return { title: service?.title ?? "Dienst niet gevonden" };
}

/** Services that are not online yet say so honestly, and how to get them done today. */
export default async function ServiceComingPage({ params }: Props) {
  const { slug } = await params;
  const service = services.find((s) => s.slug === slug);
  if (!service) notFound();
  // An old link to a service that has come online since leads to the service itself.
  if (service.href) permanentRedirect(service.href);
  const municipality = await getMunicipality();
  return (
    <>
      <PageHeader
        trail={[{ href: "/diensten", label: "Alle diensten" }]}
        title={service.title}
        intro={service.summary}
      />
      <div className="max-w-3xl space-y-4 text-lg">
        <p className="rounded-md border-l-4 border-accent-500 bg-amber-50 p-4">
          <strong>{NOT_ONLINE_YET}.</strong> {service.coming}
        </p>
        <p>
          Tot dan helpen we je graag telefonisch op{" "}
          <a href={`tel:${municipality.phone}`}>{municipality.phoneDisplay}</a>, via{" "}
          <a href={`mailto:${municipality.email}`}>{municipality.email}</a> of aan het onthaal van het
          gemeentehuis.
        </p>
        <p>
          <Link href="/openingsuren">Bekijk wanneer we open zijn</Link>
        </p>
      </div>
    </>
  );
}
