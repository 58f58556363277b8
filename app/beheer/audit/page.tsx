import type { Metadata } from "next";
import { AuditFilters } from "@/components/audit/audit-filters";
import { AuditList } from "@/components/audit/audit-list";
import { buttonClass } from "@/components/ui/button-class";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Pager } from "@/components/ui/pager";
import { fieldErrorsOf } from "@/lib/actions/result";
import { listAudit } from "@/lib/audit/queries";
import { auditFilterSchema } from "@/lib/audit/schema";
import { requireStaff } from "@/lib/auth/guards";

export const metadata: Metadata = { title: "Auditlog" };

type Search = Record<string, string | string[] | undefined>;

export default async function AuditPage({ searchParams }: { searchParams: Promise<Search> }) {
  await requireStaff("audit:read", "/beheer/audit");
  const search = Object.fromEntries(
    Object.entries(await searchParams).flatMap(([k, v]) => (typeof v === "string" ? [[k, v]] : [])),
  );
  const parsed = auditFilterSchema.safeParse(search);
  const filter = parsed.success ? parsed.data : auditFilterSchema.parse({});
  const { rows, ...paging } = await listAudit(filter);
  const query = (changes: Record<string, string>) =>
    new URLSearchParams(Object.entries({ ...search, ...changes }).filter(([, v]) => v)).toString();
  return (
    <>
      <PageHeader
        title="Auditlog"
        intro="Wie deed wat, wanneer, en namens wie. De nieuwste handelingen eerst."
      >
        <p className="mt-4">
          <a
            href={`/beheer/audit/export?${query({ pagina: "" })}`}
            className={buttonClass("secondary")}
            download
          >
            Exporteren als CSV
          </a>
        </p>
      </PageHeader>
      <Card title="Filters">
        <AuditFilters values={search} errors={parsed.success ? undefined : fieldErrorsOf(parsed.error)} />
      </Card>
      <div className="mt-6">
        <Card title="Handelingen">
          <AuditList rows={rows} />
          <Pager
            paging={paging}
            noun={["handeling", "handelingen"]}
            href={(p) => `/beheer/audit?${query({ pagina: String(p) })}`}
          />
        </Card>
      </div>
    </>
  );
}
