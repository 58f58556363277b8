import type { Metadata } from "next";
import Link from "next/link";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { Pager } from "@/components/ui/pager";
import { requireStaff } from "@/lib/auth/guards";
import { formatDate } from "@/lib/be/time";
import { pageFromSearch, pageQuery } from "@/lib/paging";
import { listErasureRequests } from "@/lib/privacy/erasure-request";

export const metadata: Metadata = { title: "Aanvragen tot wissing" };

export default async function ErasureRequestsPage({
  searchParams,
}: {
  searchParams: Promise<{ gewist?: string; pagina?: string }>;
}) {
  await requireStaff("residents:erase", "/beheer/inwoners/wissingen");
  const search = await searchParams;
  const requests = await listErasureRequests(pageFromSearch(search.pagina));
  return (
    <div className="max-w-3xl">
      <PageHeader
        title="Aanvragen tot wissing"
        intro="Inwoners die vroegen om hun gegevens te wissen, oudste eerst. Antwoord binnen een maand na de aanvraag."
      />
      {search.gewist === "1" && <Notice tone="success">De gegevens zijn gewist.</Notice>}
      {requests.total === 0 ? (
        <p>Er zijn geen open aanvragen.</p>
      ) : (
        <ul className="space-y-2">
          {requests.rows.map((r) => (
            <li key={r.id} className="break-words">
              <Link href={`/beheer/inwoners/${r.id}/wissen`}>{r.name ?? r.email ?? r.id}</Link>
              {r.erasureRequestedAt && ` – aangevraagd op ${formatDate(r.erasureRequestedAt)}`}
            </li>
          ))}
        </ul>
      )}
      {requests.total > 0 && (
        <Pager
          paging={requests}
          noun={["aanvraag", "aanvragen"]}
          href={(p) => `/beheer/inwoners/wissingen?${pageQuery(search, "pagina", p)}`}
        />
      )}
    </div>
  );
}
