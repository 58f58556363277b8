import type { Metadata } from "next";
import Link from "next/link";
import { ReportForm } from "@/components/reports/report-form";
import { buttonClass } from "@/components/ui/button-class";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import type { ReportKind } from "@/generated/prisma/enums";
import { getActor } from "@/lib/auth/actor";
import { KIND_LABELS } from "@/lib/reports/labels";
import { getCategories } from "@/lib/reports/queries";
import { KINDS, locationSchema } from "@/lib/reports/schema";
import { KIND_URL_WORDS, kindFromUrlWord } from "@/lib/reports/url-words";
import { LocationStep } from "@/components/reports/location-step";
import { NearbyReports } from "@/components/reports/nearby-reports";
import { nearbyOpenReports } from "@/lib/reports/commands";
import { fieldErrorsOf } from "@/lib/actions/result";

// Each step follows the answers in the address: rendered per request (a blocking route).
export const instant = false;

export const metadata: Metadata = { title: "Melding, klacht, suggestie of vraag" };

type Search = {
  soort?: string;
  categorie?: string;
  adres?: string;
  lat?: string;
  lng?: string;
  plaats?: string;
};

// Three steps in plain GET forms (they work without JavaScript): what it is, which category,
// then either where to go instead (outside our remit) or the form itself.
export default async function ReportPage({ searchParams }: { searchParams: Promise<Search> }) {
  const { soort, categorie, adres, lat, lng, plaats } = await searchParams;
  const kind = kindFromUrlWord(soort);
  const [categories, actor] = await Promise.all([getCategories(), getActor()]);
  const forKind = kind ? categories.filter((c) => c.kinds.includes(kind)) : [];
  const category = kind ? forKind.find((c) => c.slug === categorie) : undefined;

  return (
    <>
      <PageHeader
        title="Melding, klacht, suggestie of vraag"
        intro="Eén meldpunt voor alles wat je aan de gemeente wilt doorgeven. Je krijgt een volgnummer en een pagina waarop je ziet wat er met je melding gebeurt. Aanmelden hoeft niet."
      />
      {!kind && (
        <Card title="Stap 1 van 3: wat wil je doorgeven?">
          <form method="get" action="/melden" className="space-y-5">
            <fieldset>
              <legend className="font-semibold">Kies wat het best past</legend>
              <div className="mt-3 space-y-3">
                {KINDS.map((k) => (
                  <div key={k} className="flex gap-3">
                    <input
                      type="radio"
                      id={`soort-${k}`}
                      name="soort"
                      value={KIND_URL_WORDS[k]}
                      required
                      className="mt-1 h-5 w-5"
                      aria-describedby={`soort-${k}-hint`}
                    />
                    <div>
                      <label htmlFor={`soort-${k}`} className="font-semibold">
                        {KIND_LABELS[k].title}
                      </label>
                      <p id={`soort-${k}-hint`} className="text-slate-700">
                        {KIND_LABELS[k].hint}
                      </p>
                    </div>
                  </div>
                ))}
              </div>
            </fieldset>
            <button type="submit" className={buttonClass()}>
              Verder
            </button>
          </form>
        </Card>
      )}

      {kind && !category && (
        <Card title="Stap 2 van 3: waarover gaat het?">
          {categorie && (
            <p role="alert" className="mb-4 rounded-md border-l-4 border-red-700 bg-red-50 p-4 text-red-900">
              Kies een categorie uit de lijst.
            </p>
          )}
          <form method="get" action="/melden" className="space-y-5">
            <input type="hidden" name="soort" value={KIND_URL_WORDS[kind]} />
            <fieldset>
              <legend className="font-semibold">
                Categorie voor {KIND_LABELS[kind].title.toLowerCase()}
              </legend>
              <div className="mt-3 space-y-3">
                {forKind.map((c) => (
                  <div key={c.slug} className="flex gap-3">
                    <input
                      type="radio"
                      id={`categorie-${c.slug}`}
                      name="categorie"
                      value={c.slug}
                      required
                      className="mt-1 h-5 w-5"
                      aria-describedby={`categorie-${c.slug}-hint`}
                    />
                    <div>
                      <label htmlFor={`categorie-${c.slug}`} className="font-semibold">
                        {c.name}
                        {!c.inRemit && <span className="font-normal"> (niet bij de gemeente)</span>}
                      </label>
                      <p id={`categorie-${c.slug}-hint`} className="text-slate-700">
                        {c.description}
                      </p>
                    </div>
                  </div>
                ))}
              </div>
            </fieldset>
            <div className="flex flex-wrap gap-3">
              <button type="submit" className={buttonClass()}>
                Verder
              </button>
              <Link href="/melden" className={buttonClass("secondary")}>
                Terug
              </Link>
            </div>
          </form>
        </Card>
      )}

      {kind && category && !category.inRemit && (
        <Card title={`${category.name}: hiervoor is de gemeente niet bevoegd`}>
          <p className="text-lg">{category.referralText}</p>
          {category.referralUrl && (
            <p className="mt-4">
              <a href={category.referralUrl} className={buttonClass()} rel="noopener noreferrer">
                Naar {category.referralName ?? "de bevoegde dienst"}
              </a>
            </p>
          )}
          <p className="mt-4">
            <Link href={`/melden?soort=${KIND_URL_WORDS[kind]}`}>Een andere categorie kiezen</Link>
          </p>
        </Card>
      )}

      {kind && category && category.inRemit && (
        <LocationOrForm
          kind={kind}
          category={category}
          query={{ adres, lat, lng, plaats }}
          actor={actor ? { name: actor.name, email: actor.email } : null}
        />
      )}
    </>
  );
}

async function LocationOrForm({
  kind,
  category,
  query,
  actor,
}: {
  kind: ReportKind;
  category: { id: string; slug: string; name: string; requiresLocation: boolean };
  query: { adres?: string; lat?: string; lng?: string; plaats?: string };
  actor: { name: string | null; email: string | null } | null;
}) {
  const publicSpace = kind === "ISSUE" || category.requiresLocation;
  const location = locationSchema.safeParse({
    addressText: query.adres ?? "",
    latitude: query.lat ?? "",
    longitude: query.lng ?? "",
    locationRequired: category.requiresLocation ? "1" : "",
  });
  const heading = (
    <p className="mb-4">
      {KIND_LABELS[kind].title} over <strong>{category.name.toLowerCase()}</strong>.{" "}
      <Link href={`/melden?soort=${KIND_URL_WORDS[kind]}`}>Andere categorie</Link>
    </p>
  );
  if (publicSpace && (query.plaats !== "1" || !location.success)) {
    return (
      <Card title={`Stap 3 van 4: waar is het? (${category.name})`}>
        {heading}
        <LocationStep
          kindWord={KIND_URL_WORDS[kind]}
          category={category.slug}
          values={query}
          errors={query.plaats === "1" && !location.success ? fieldErrorsOf(location.error) : {}}
          required={category.requiresLocation}
        />
      </Card>
    );
  }
  const where: { addressText?: string; latitude?: number; longitude?: number } = location.success
    ? location.data
    : {};
  const point =
    where.latitude !== undefined && where.longitude !== undefined
      ? { latitude: where.latitude, longitude: where.longitude }
      : null;
  const nearby = point ? await nearbyOpenReports(category.id, point) : [];
  return (
    <div className="space-y-6">
      {nearby.length > 0 && (
        <NearbyReports
          reports={nearby.slice(0, 5).map((r) => ({
            id: r.id,
            number: r.number,
            distance: Math.round(r.distance),
            place: r.addressText ?? "",
            description: r.description,
            createdAt: r.createdAt.toISOString(),
          }))}
          defaultEmail={actor?.email ?? undefined}
        />
      )}
      <Card title={`${publicSpace ? "Stap 4 van 4" : "Stap 3 van 3"}: beschrijf het (${category.name})`}>
        {heading}
        {publicSpace && (
          <p className="mb-4">
            Plaats: {where.addressText ?? ""}
            {point && ` (${point.latitude.toFixed(5)}, ${point.longitude.toFixed(5)})`}.{" "}
            <Link
              href={`/melden?${new URLSearchParams({ soort: KIND_URL_WORDS[kind], categorie: category.slug, adres: query.adres ?? "", lat: query.lat ?? "", lng: query.lng ?? "" })}`}
            >
              Plaats wijzigen
            </Link>
          </p>
        )}
        <ReportForm
          kind={kind}
          category={category.slug}
          location={{
            addressText: where.addressText ?? "",
            latitude: point ? String(point.latitude) : "",
            longitude: point ? String(point.longitude) : "",
          }}
          requiresLocation={category.requiresLocation}
          allowPhotos={publicSpace}
          defaultName={actor?.name ?? undefined}
          defaultEmail={actor?.email ?? undefined}
        />
      </Card>
    </div>
  );
}
