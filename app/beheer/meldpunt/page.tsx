import type { Metadata } from "next";
import Link from "next/link";
import { InboxFilters } from "@/components/reports/staff/inbox-filters";
import { InboxList } from "@/components/reports/staff/inbox-list";
import { ReportsMap } from "@/components/reports/staff/reports-map";
import { buttonClass } from "@/components/ui/button-class";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Pager } from "@/components/ui/pager";
import { requireStaff } from "@/lib/auth/guards";
import { inboxFilterFromSearch, inboxQuery } from "@/lib/reports/inbox-filter";
import { getAllCategories, getDepartments, listInbox } from "@/lib/reports/queries";

export const metadata: Metadata = { title: "Meldpunt" };

type Search = Partial<
  Record<"categorie" | "status" | "dienst" | "leeftijd" | "sortering" | "weergave" | "pagina", string>
>;

const SORT_CAPTIONS = { oudste: "oudste eerst", "te-laat": "te late eerst", nieuwste: "nieuwste eerst" };

export default async function ReportsInboxPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requireStaff("reports:manage", "/beheer/meldpunt");
  const search = await searchParams;
  const filter = inboxFilterFromSearch(search);
  const now = new Date();
  const [{ rows: reports, ...paging }, categories, departments] = await Promise.all([
    listInbox(filter, now),
    getAllCategories(),
    getDepartments(),
  ]);
  const showMap = search.weergave === "kaart";
  const query = new URLSearchParams(
    Object.entries(search).filter(([k, v]) => k !== "weergave" && v) as [string, string][],
  );
  const mapToggle = showMap ? `?${query}` : `?${query}${query.size ? "&" : ""}weergave=kaart`;
  return (
    <>
      <PageHeader
        title="Meldpunt"
        intro="Alle meldingen, klachten, suggesties en vragen, uit elk kanaal. Te late meldingen staan gemarkeerd."
      >
        <p className="mt-4 flex flex-wrap gap-3">
          <Link href="/beheer/meldpunt/nieuw" className={buttonClass()}>
            Melding invoeren (telefoon, balie, e-mail)
          </Link>
          <Link href={`/beheer/meldpunt${mapToggle}`} className={buttonClass("secondary")}>
            {showMap ? "Kaart verbergen" : "Toon op kaart"}
          </Link>
          <a
            href={`/api/meldpunt/export?${inboxQuery(filter)}`}
            className={buttonClass("secondary")}
            download
          >
            Exporteren als CSV
          </a>
          {actor.permissions.has("sites:manage") && (
            <Link href="/beheer/meldpunt/categorieen" className={buttonClass("secondary")}>
              Categorieën en diensten
            </Link>
          )}
        </p>
      </PageHeader>
      <Card title="Filters">
        <InboxFilters
          values={{ ...search, status: search.status ?? "OPEN", sortering: filter.sort }}
          showMap={showMap}
          categories={categories
            .filter((c) => c.inRemit)
            .map((c) => ({ value: c.id, label: `${c.name}${c.active ? "" : " (uitgeschakeld)"}` }))}
          departments={departments.map((d) => ({ value: d.id, label: d.name }))}
        />
      </Card>
      {showMap && (
        <div className="mt-6">
          <Card title="Kaart (de meldingen van deze pagina)">
            <ReportsMap
              reports={reports.flatMap((r) =>
                r.latitude === null || r.longitude === null
                  ? []
                  : [
                      {
                        id: r.id,
                        number: r.number,
                        latitude: r.latitude,
                        longitude: r.longitude,
                        label: r.category.name,
                        overdue: r.overdue,
                      },
                    ],
              )}
            />
          </Card>
        </div>
      )}
      <div className="mt-6">
        <Card title="Meldingen">
          <InboxList rows={reports} caption={`Meldingen, ${SORT_CAPTIONS[filter.sort]}`} now={now} />
          <Pager
            paging={paging}
            noun={["melding", "meldingen"]}
            href={(p) => `/beheer/meldpunt?${inboxQuery(filter, p)}${showMap ? "&weergave=kaart" : ""}`}
          />
        </Card>
      </div>
    </>
  );
}
