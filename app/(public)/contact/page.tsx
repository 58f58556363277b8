import type { Metadata } from "next";
import Link from "next/link";
import { ContactFormForVisitor } from "@/components/contact/contact-form-for-visitor";
import { OpeningStatusNow } from "@/components/sites/opening-status-now";
import { PageHeader } from "@/components/ui/page-header";
import { getMunicipality } from "@/lib/municipality/queries";
import { publicSitesWithHours } from "@/lib/sites/queries";

export const metadata: Metadata = { title: "Contact" };

export default async function ContactPage() {
  const [m, sites] = await Promise.all([getMunicipality(), publicSitesWithHours()]);
  return (
    <>
      <PageHeader
        title="Contact"
        intro="Kies zelf hoe je ons bereikt. Elke vraag krijgt hetzelfde antwoord, langs welk kanaal ze ook binnenkomt."
      />
      <div className="grid gap-10 lg:grid-cols-2">
        <div className="space-y-8">
          <section aria-labelledby="phone">
            <h2 id="phone" className="text-2xl font-bold">
              Bellen
            </h2>
            <p className="mt-2 text-lg">
              Bel het algemene nummer{" "}
              <a href={`tel:${m.phone}`} className="font-bold">
                {m.phoneDisplay}
              </a>
              . Ons callcenter helpt je meteen of maakt een afspraak voor je.
            </p>
          </section>
          <section aria-labelledby="mail">
            <h2 id="mail" className="text-2xl font-bold">
              Mailen
            </h2>
            <p className="mt-2 text-lg">
              <a href={`mailto:${m.email}`}>{m.email}</a>
            </p>
          </section>
          <section aria-labelledby="visit">
            <h2 id="visit" className="text-2xl font-bold">
              Langskomen aan de balie
            </h2>
            <ul className="mt-2 space-y-4">
              {sites.map((site) => (
                <li key={site.id}>
                  <h3 className="font-semibold">{site.name}</h3>
                  <address className="not-italic">
                    {site.street}, {site.postcode} {site.city}
                  </address>
                  <OpeningStatusNow windows={site.windows} closures={site.closures} />
                </li>
              ))}
            </ul>
            <p className="mt-3">
              <Link href="/openingsuren">Alle openingsuren</Link>
            </p>
          </section>
        </div>
        <section aria-labelledby="form" className="rounded-lg border border-slate-300 p-5">
          <h2 id="form" className="mb-4 text-2xl font-bold">
            Online formulier
          </h2>
          <ContactFormForVisitor />
        </section>
      </div>
    </>
  );
}
