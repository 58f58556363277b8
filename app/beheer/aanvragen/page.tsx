import type { Metadata } from "next";
import Link from "next/link";
import { CaseInboxFilters } from "@/components/cases/inbox-filters";
import { Card } from "@/components/ui/card";
import { DataList } from "@/components/ui/data-list";
import { PageHeader } from "@/components/ui/page-header";
import { Pager } from "@/components/ui/pager";
import { requireStaff } from "@/lib/auth/guards";
import { formatDate } from "@/lib/be/time";
import { caseInboxFilter, caseInboxQuery } from "@/lib/cases/inbox-filter";
import { getInboxChoices, listCaseInbox } from "@/lib/cases/queries/staff";

export const metadata: Metadata = { title: "Aanvragen (e-loket)" };

type Search = Record<string, string | string[] | undefined>;

// The inbox of the teams the staff member belongs to, filtered and paged in the query.
export default async function CaseInboxPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requireStaff("cases:handle", "/beheer/aanvragen");
  const filter = caseInboxFilter(await searchParams);
  const [inbox, choices] = await Promise.all([
    listCaseInbox(actor.userId, filter),
    getInboxChoices(actor.userId),
  ]);
  return (
    <>
      <PageHeader
        title="Aanvragen (e-loket)"
        intro="De aanvragen van je teams, de vroegste uiterste datum of het hoogste risico eerst. Te late aanvragen staan gemarkeerd."
      >
        {actor.permissions.has("events:manage") && (
          <p className="mt-4">
            <Link href="/beheer/aanvragen/kalender">Evenementenkalender en export voor de politie</Link>
          </p>
        )}
      </PageHeader>
      <Card title="Filters">
        <CaseInboxFilters
          values={{
            team: filter.team,
            status: filter.status,
            wie: filter.assignee,
            "te-laat": filter.overdue ? "1" : undefined,
            volgorde: filter.order,
          }}
          teams={choices.teams.map((t) => ({ value: t.slug, label: t.name }))}
          statuses={choices.statuses.map((s) => ({ value: s.code, label: s.label }))}
        />
      </Card>
      <div className="mt-6">
        <Card title="Aanvragen">
          <DataList
            caption={
              filter.order === "risico"
                ? "Aanvragen, hoogste risico eerst"
                : "Aanvragen, vroegste uiterste datum eerst"
            }
            rows={inbox.rows}
            rowKey={(r) => r.id}
            empty="Geen aanvragen voor deze filter."
            tableFrom="lg"
            columns={[
              {
                key: "number",
                label: "Referentie",
                primary: true,
                cell: (r) => <Link href={`/beheer/aanvragen/${r.id}`}>{r.number}</Link>,
              },
              { key: "product", label: "Aanvraag", cell: (r) => r.product.name },
              { key: "applicant", label: "Aanvrager", cell: (r) => r.applicant?.name ?? "—" },
              { key: "status", label: "Status", cell: (r) => r.statusLabel },
              { key: "risk", label: "Risico", cell: (r) => r.riskLabel ?? "—" },
              {
                key: "due",
                label: "Uiterlijk",
                cell: (r) =>
                  r.overdue ? (
                    <strong className="text-red-800">{formatDate(r.dueOn)} (te laat)</strong>
                  ) : (
                    formatDate(r.dueOn)
                  ),
              },
              { key: "assignee", label: "Behandelaar", cell: (r) => r.assignee?.name ?? "—" },
            ]}
          />
          <Pager
            paging={inbox}
            noun={["aanvraag", "aanvragen"]}
            href={(p) => `/beheer/aanvragen?${caseInboxQuery(filter, p)}`}
          />
        </Card>
      </div>
    </>
  );
}
