import type { Metadata } from "next";
import Link from "next/link";
import { RegisterResidentForm } from "@/components/staff/register-resident-form";
import { ResidentResults } from "@/components/staff/resident-results";
import { ResidentSearchForm } from "@/components/staff/resident-search-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guards";
import { Pager } from "@/components/ui/pager";
import { pageFromSearch, pageQuery } from "@/lib/paging";
import { findResidents } from "@/lib/residents/queries";

export const metadata: Metadata = { title: "Inwoners" };

export default async function ResidentSearchPage({
  searchParams,
}: {
  searchParams: Promise<{ q?: string; pagina?: string }>;
}) {
  const actor = await requireStaff("residents:act-for", "/beheer/inwoners");
  const search = await searchParams;
  const q = (search.q ?? "").slice(0, 100);
  const found = await findResidents(q, pageFromSearch(search.pagina));
  const results = found?.rows ?? [];
  return (
    <>
      <PageHeader title="Inwoners" intro="Zoek de inwoner die je aan de balie of aan de telefoon helpt." />
      {actor.permissions.has("residents:erase") && (
        <p className="mb-4">
          <Link href="/beheer/inwoners/wissingen">Aanvragen tot wissing van gegevens</Link>
        </p>
      )}
      <ResidentSearchForm defaultValue={q} />
      <ResidentResults query={q} results={results} total={found?.total} />
      {found && found.total > 0 && (
        <Pager
          paging={found}
          noun={["inwoner", "inwoners"]}
          href={(p) => `/beheer/inwoners?${pageQuery(search, "pagina", p)}`}
        />
      )}
      <details className="mt-10 max-w-3xl" open={q.trim().length >= 2 && results.length === 0}>
        <summary className="cursor-pointer text-lg font-semibold text-brand-800">
          Niet gevonden? Registreer een nieuwe inwoner
        </summary>
        <div className="mt-4">
          <Card>
            <RegisterResidentForm />
          </Card>
        </div>
      </details>
    </>
  );
}
