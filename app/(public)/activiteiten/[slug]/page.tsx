import type { Metadata } from "next";
import { BasketIsland } from "@/components/activities/basket-island";
import { SessionFacts } from "@/components/activities/session-facts";
import { TariffTable } from "@/components/activities/tariff-table";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { KIND_LABELS } from "@/lib/activities/labels";
import { activityBySlug, activityCatalogue } from "@/lib/activities/queries/catalogue";
import { formatDateTime } from "@/lib/be/time";
import { atLeastOne } from "@/lib/cache/static-params";
import { notFound } from "@/lib/http/page-interrupts";

// The facts come from the cached catalogue; places left and the visitor's children per request.
export const instant = false;

export async function generateStaticParams() {
  return atLeastOne(
    (await activityCatalogue()).map((a) => ({ slug: a.slug })),
    { slug: "-" },
  );
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const a = await activityBySlug((await params).slug);
  return { title: a ? a.title : "Activiteit niet gevonden" };
}

export default async function ActivityPage({ params }: Props) {
  const a = await activityBySlug((await params).slug);
  if (!a) notFound();
  return (
    <>
      <PageHeader title={a.title} intro={a.summary} />
      <div className="grid grid-cols-[minmax(0,1fr)] gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <Card title="Over deze activiteit">
          <p className="mb-3">{a.description}</p>
          <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1">
            <dt className="font-semibold">Soort</dt>
            <dd>{KIND_LABELS[a.kind]}</dd>
            <dt className="font-semibold">Waar</dt>
            <dd>{a.village}</dd>
            <dt className="font-semibold">Organisatie</dt>
            <dd>{a.organiser}</dd>
            {a.whatToBring && (
              <>
                <dt className="font-semibold">Meebrengen</dt>
                <dd>{a.whatToBring}</dd>
              </>
            )}
            <dt className="font-semibold">Inschrijven</dt>
            <dd>
              vanaf {formatDateTime(a.opening.opensAt)} tot {formatDateTime(a.opening.closesAt)}
            </dd>
          </dl>
          <h3 className="mt-4 mb-2 text-lg font-semibold">Prijzen</h3>
          <TariffTable activity={a} />
        </Card>
        <Card title="Periodes">
          <ul className="mb-6 space-y-3">
            {a.sessions.map((s) => (
              <li key={s.id}>
                <SessionFacts session={s} />
              </li>
            ))}
          </ul>
          <BasketIsland sessions={a.sessions.map((s) => ({ id: s.id, label: s.label }))} slug={a.slug} />
        </Card>
      </div>
    </>
  );
}
