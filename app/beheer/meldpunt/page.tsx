import type { Metadata } from "next";
import Link from "next/link";
import { ReportsMap } from "@/components/reports/staff/reports-map";
import { buttonClass } from "@/components/ui/button-class";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table } from "@/components/ui/table";
import { requireStaff } from "@/lib/auth/guards";
import { formatDate } from "@/lib/be/time";
import { CHANNEL_LABELS, STATUS_LABELS } from "@/lib/reports/labels";
import { ageInDays } from "@/lib/reports/overdue";
import { inboxFilterFromSearch, inboxQuery } from "@/lib/reports/inbox-filter";
import { getAllCategories, getDepartments, listInbox } from "@/lib/reports/queries";
import { STATUS_URL_WORDS } from "@/lib/reports/url-words";

export const metadata: Metadata = { title: "Meldpunt" };

type Search = {
  categorie?: string;
  status?: string;
  dienst?: string;
  leeftijd?: string;
  sortering?: string;
  weergave?: string;
};

const selectClass = "mt-1 block w-full rounded-md border border-slate-500 bg-white px-3 py-2";

const SORT_CAPTIONS = { oudste: "oudste eerst", "te-laat": "te late eerst", nieuwste: "nieuwste eerst" };

export default async function ReportsInboxPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requireStaff("reports:manage", "/beheer/meldpunt");
  const search = await searchParams;
  const filter = inboxFilterFromSearch(search);
  const now = new Date();
  const [reports, categories, departments] = await Promise.all([
    listInbox(filter, now),
    getAllCategories(),
    getDepartments(),
  ]);
  const showMap = search.weergave === "kaart";
  const query = new URLSearchParams(
    Object.entries(search).filter(([k, v]) => k !== "weergave" && v) as [string, string][],
  );
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
          <Link
            href={`/beheer/meldpunt?${query}${showMap ? "" : `${query.size ? "&" : ""}weergave=kaart`}`}
            className={buttonClass("secondary")}
          >
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
        <form method="get" action="/beheer/meldpunt" className="grid gap-4 sm:grid-cols-2 lg:grid-cols-6">
          {showMap && <input type="hidden" name="weergave" value="kaart" />}
          <div>
            <label htmlFor="f-categorie" className="font-semibold">
              Categorie
            </label>
            <select
              id="f-categorie"
              name="categorie"
              defaultValue={filter.category ?? ""}
              className={selectClass}
            >
              <option value="">Alle categorieën</option>
              {categories
                .filter((c) => c.inRemit)
                .map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                    {c.active ? "" : " (uitgeschakeld)"}
                  </option>
                ))}
            </select>
          </div>
          <div>
            <label htmlFor="f-status" className="font-semibold">
              Status
            </label>
            <select
              id="f-status"
              name="status"
              defaultValue={search.status ?? "OPEN"}
              className={selectClass}
            >
              <option value="OPEN">Alle open meldingen</option>
              <option value="ALLE">Alle statussen</option>
              {(Object.keys(STATUS_LABELS) as (keyof typeof STATUS_LABELS)[]).map((status) => (
                <option key={status} value={STATUS_URL_WORDS[status]}>
                  {STATUS_LABELS[status]}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="f-dienst" className="font-semibold">
              Dienst
            </label>
            <select
              id="f-dienst"
              name="dienst"
              defaultValue={filter.department ?? ""}
              className={selectClass}
            >
              <option value="">Alle diensten</option>
              {departments.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="f-leeftijd" className="font-semibold">
              Ouderdom
            </label>
            <select id="f-leeftijd" name="leeftijd" defaultValue={filter.age ?? ""} className={selectClass}>
              <option value="">Alle</option>
              <option value="overdue">Enkel te laat</option>
              <option value="7">Laatste 7 dagen</option>
              <option value="30">Laatste 30 dagen</option>
            </select>
          </div>
          <div>
            <label htmlFor="f-sortering" className="font-semibold">
              Volgorde
            </label>
            <select id="f-sortering" name="sortering" defaultValue={filter.sort} className={selectClass}>
              <option value="oudste">Oudste eerst</option>
              <option value="te-laat">Te laat eerst</option>
              <option value="nieuwste">Nieuwste eerst</option>
            </select>
          </div>
          <div className="flex items-end">
            <button type="submit" className={buttonClass()}>
              Filteren
            </button>
          </div>
        </form>
      </Card>
      {showMap && (
        <div className="mt-6">
          <Card title="Kaart">
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
        <Card title={`Meldingen (${reports.length})`}>
          {reports.length === 0 ? (
            <p>Geen meldingen voor deze filters.</p>
          ) : (
            <Table
              caption={`Meldingen, ${SORT_CAPTIONS[filter.sort]}`}
              small
              columns={[
                { label: "Volgnummer" },
                { label: "Ontvangen" },
                { label: "Categorie" },
                { label: "Plaats" },
                { label: "Kanaal" },
                { label: "Dienst" },
                { label: "Status" },
              ]}
            >
              {reports.map((r) => (
                <tr
                  key={r.id}
                  className={`border-b border-slate-200 ${r.overdue ? "border-l-4 border-l-red-700 bg-red-50" : ""}`}
                >
                  <td className="py-2 pr-3 pl-2">
                    <Link href={`/beheer/meldpunt/${r.id}`}>{r.number}</Link>
                  </td>
                  <td className="py-2 pr-3 whitespace-nowrap">
                    {formatDate(r.createdAt)} ({ageInDays(r.createdAt, now)} d)
                  </td>
                  <td className="py-2 pr-3">{r.category.name}</td>
                  <td className="py-2 pr-3">{r.addressText ?? "-"}</td>
                  <td className="py-2 pr-3">{CHANNEL_LABELS[r.channel]}</td>
                  <td className="py-2 pr-3">{r.department.name}</td>
                  <td className="py-2 pr-3">
                    {STATUS_LABELS[r.status]}
                    {r.overdue && (
                      <strong className="ml-2 rounded bg-red-700 px-2 py-0.5 text-white">Te laat</strong>
                    )}
                  </td>
                </tr>
              ))}
            </Table>
          )}
        </Card>
      </div>
    </>
  );
}
