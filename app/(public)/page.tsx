import Link from "next/link";
import { Drawing } from "@/components/ui/drawing";
import { Picture } from "@/components/ui/picture";
import { OpeningStatusNow } from "@/components/sites/opening-status-now";
import { NOT_ONLINE_YET, services, serviceHref } from "@/content/services";
import { getMunicipality } from "@/lib/municipality/queries";
import { publicSitesWithHours } from "@/lib/sites/queries";

export default async function HomePage() {
  const [municipality, sites] = await Promise.all([getMunicipality(), publicSitesWithHours()]);
  return (
    <>
      <section className="mb-10 grid overflow-hidden rounded-xl bg-brand-700 text-white md:grid-cols-[3fr_2fr]">
        <div className="px-6 py-10 sm:px-10">
          <h1 className="text-3xl font-bold sm:text-4xl">Digitaal loket van {municipality.name}</h1>
          <p className="mt-3 max-w-2xl text-lg text-brand-50">
            {municipality.tagline}. Regel het hier online, bel {municipality.phoneDisplay} of kom langs: we
            helpen je op de manier die jij kiest.
          </p>
        </div>
        {municipality.heroFile ? (
          // The photo fills the column beside the text; the text, not the photo, sets the height.
          <div className="relative">
            <Picture
              picture={municipality.heroFile}
              alt={municipality.heroAlt}
              sizes="(min-width: 768px) 40vw, 100vw"
              eager
              className="aspect-video object-cover md:absolute md:inset-0 md:aspect-auto md:h-full"
            />
          </div>
        ) : (
          municipality.heroPath && (
            <Drawing
              src={municipality.heroPath}
              alt={municipality.heroAlt}
              className="aspect-video w-full md:aspect-auto md:h-full"
            />
          )
        )}
      </section>

      <section aria-labelledby="open-title" className="mb-10">
        <h2 id="open-title" className="mb-4 text-2xl font-bold">
          Vandaag in het gemeentehuis
        </h2>
        <ul className="grid gap-4 sm:grid-cols-2">
          {sites.map((site) => (
            <li key={site.id} className="rounded-lg border border-slate-300 p-5">
              <h3 className="text-xl font-semibold">{site.name}</h3>
              <p className="mb-2 text-slate-700">
                {site.street}, {site.postcode} {site.city}
              </p>
              <OpeningStatusNow windows={site.windows} closures={site.closures} />
            </li>
          ))}
        </ul>
        <p className="mt-3">
          <Link href="/openingsuren">Alle openingsuren en sluitingsdagen</Link>
        </p>
      </section>

      <section aria-labelledby="services-title">
        <h2 id="services-title" className="mb-4 text-2xl font-bold">
          Hoe kunnen we je helpen?
        </h2>
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {services.map((service) => (
            <li key={service.slug} className="rounded-lg border border-slate-300 p-5 hover:border-brand-700">
              <h3 className="text-lg font-semibold">
                <Link href={serviceHref(service)}>{service.title}</Link>
              </h3>
              <p className="mt-1 text-slate-700">{service.summary}</p>
              {!service.href && <p className="mt-2 text-sm font-semibold text-slate-700">{NOT_ONLINE_YET}</p>}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
