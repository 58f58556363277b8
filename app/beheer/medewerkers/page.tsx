import type { Metadata } from "next";
import Link from "next/link";
import { AddStaffForm } from "@/components/staff/add-staff-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Pager } from "@/components/ui/pager";
import { requireStaff } from "@/lib/auth/guards";
import { formatDateTime } from "@/lib/be/time";
import { pageFromSearch, pageQuery } from "@/lib/paging";
import { STAFF_ROLE_LABELS } from "@/lib/staff/labels";
import { listStaff } from "@/lib/staff/queries";

export const metadata: Metadata = { title: "Medewerkers" };

export default async function StaffListPage({
  searchParams,
}: {
  searchParams: Promise<{ pagina?: string }>;
}) {
  await requireStaff("staff:manage", "/beheer/medewerkers");
  const search = await searchParams;
  const found = await listStaff(pageFromSearch(search.pagina));
  return (
    <>
      <PageHeader
        title="Medewerkers"
        intro="Wie welke rol heeft in het beheer. Open een medewerker om rollen aan te passen of de toegang in te trekken."
      />
      <section aria-labelledby="staff-list">
        <h2 id="staff-list" className="mb-3 text-xl font-semibold">
          {found.total} {found.total === 1 ? "medewerker" : "medewerkers"}
        </h2>
        <ul className="divide-y divide-slate-200">
          {found.rows.map((s) => (
            <li key={s.id} className="py-3">
              <Link href={`/beheer/medewerkers/${s.id}`} className="font-semibold break-words">
                {s.name ?? s.email}
              </Link>
              <span className="block break-words text-slate-700">{s.email}</span>
              <span className="block text-slate-700">
                {s.roles.map((r) => STAFF_ROLE_LABELS[r]).join(", ")}
                {s.lastSignIn ? ` · laatst aangemeld ${formatDateTime(s.lastSignIn)}` : ""}
              </span>
            </li>
          ))}
        </ul>
        {found.total > 0 && (
          <Pager
            paging={found}
            noun={["medewerker", "medewerkers"]}
            href={(p) => `/beheer/medewerkers?${pageQuery(search, "pagina", p)}`}
          />
        )}
      </section>
      <div className="mt-10 max-w-3xl">
        <Card title="Medewerker toevoegen">
          <AddStaffForm />
        </Card>
      </div>
    </>
  );
}
