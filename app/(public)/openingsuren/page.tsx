import type { Metadata } from "next";
import { OpeningStatusNow } from "@/components/sites/opening-status-now";
import { WeeklyHours } from "@/components/sites/weekly-hours";
import { PageHeader } from "@/components/ui/page-header";
import { brusselsInstant, formatLongDate } from "@/lib/be/time";
import { publicSitesWithHours } from "@/lib/sites/queries";

export const metadata: Metadata = { title: "Openingsuren" };

const day = (key: string) => formatLongDate(brusselsInstant(key, 720));

export default async function OpeningHoursPage() {
  const sites = await publicSitesWithHours();
  return (
    <>
      <PageHeader
        title="Openingsuren"
        intro="Op dinsdag zijn we 's avonds open. Voor de meeste zaken werk je het snelst op afspraak; voor korte vragen kan je altijd terecht aan de snelbalie."
      />
      <div className="grid gap-8 lg:grid-cols-2">
        {sites.map((site) => (
          <section
            key={site.id}
            aria-labelledby={`site-${site.slug}`}
            className="min-w-0 rounded-lg border border-slate-300 p-4 sm:p-5"
          >
            <h2 id={`site-${site.slug}`} className="text-2xl font-bold">
              {site.name}
            </h2>
            <p className="mb-3 text-slate-700">
              {site.street}, {site.postcode} {site.city}
            </p>
            <OpeningStatusNow windows={site.windows} closures={site.closures} />
            <div className="mt-4">
              <WeeklyHours windows={site.windows} caption={`Openingsuren ${site.name}`} />
            </div>
            <h3 className="mt-6 text-lg font-semibold">Gesloten op (komende 12 maanden)</h3>
            {site.closures.length === 0 ? (
              <p>Geen sluitingsdagen gepland.</p>
            ) : (
              <ul className="mt-2 space-y-1">
                {site.closures.map((c) => (
                  <li key={`${c.startsOn}-${c.reason}`}>
                    <span className="font-semibold">
                      {c.startsOn === c.endsOn ? day(c.startsOn) : `${day(c.startsOn)} tot ${day(c.endsOn)}`}
                    </span>
                    : {c.reason}
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
      </div>
    </>
  );
}
