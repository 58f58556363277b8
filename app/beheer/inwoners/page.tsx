import type { Metadata } from "next";
import { RegisterResidentForm } from "@/components/staff/register-resident-form";
import { ResidentResults } from "@/components/staff/resident-results";
import { ResidentSearchForm } from "@/components/staff/resident-search-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guards";
import { searchResidents } from "@/lib/residents/queries";

export const metadata: Metadata = { title: "Inwoners" };

export default async function ResidentSearchPage({
  searchParams,
}: {
  searchParams: Promise<{ q?: string }>;
}) {
  await requireStaff("residents:act-for", "/beheer/inwoners");
  const q = ((await searchParams).q ?? "").slice(0, 100);
  const results = await searchResidents(q);
  return (
    <>
      <PageHeader title="Inwoners" intro="Zoek de inwoner die je aan de balie of aan de telefoon helpt." />
      <ResidentSearchForm defaultValue={q} />
      <ResidentResults query={q} results={results} />
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
