// The first step at any desk that acts for a resident: who is being served. Staff search the
// resident by name or e-mail, or register them (with or without e-mail) and come back from their
// page. Used by the hall, uitleendienst, leisure and e-loket desks. Every match, a page at a time
// (lib/paging, `?pagina=`), so a common name never hides the resident behind a cap.
import Link from "next/link";
import { ResidentSearchForm } from "@/components/staff/resident-search-form";
import { Card } from "@/components/ui/card";
import { Pager } from "@/components/ui/pager";
import { pageQuery } from "@/lib/paging";
import type { FoundResidents } from "@/lib/residents/queries";

export function DeskResidentSearch({
  q,
  found,
  path,
  keep = {},
  nextStep,
}: {
  q: string;
  /** One page of the matches; null before a search of two letters. */
  found: FoundResidents | null;
  /** The desk page the search and the chosen resident go to. */
  path: string;
  keep?: Record<string, string>;
  /** What staff choose on the resident's page after registering ("Zaal reserveren"). */
  nextStep: string;
}) {
  const link = (id: string) => `${path}?${new URLSearchParams({ ...keep, inwoner: id })}`;
  return (
    <Card title="Voor wie?">
      <ResidentSearchForm action={path} defaultValue={q} keep={keep} />
      {found && (
        <section aria-labelledby="desk-results" className="mt-6">
          <h3 id="desk-results" className="mb-2 font-semibold">
            {found.total} {found.total === 1 ? "inwoner" : "inwoners"} gevonden voor &quot;{q}&quot;
          </h3>
          <ul className="divide-y divide-slate-200">
            {found.rows.map((r) => (
              <li key={r.id} className="py-2">
                <Link href={link(r.id)} className="font-semibold">
                  {r.name ?? r.email}
                </Link>
                <span className="block text-slate-700">
                  {[r.email ?? "geen e-mail", r.street && `${r.street}, ${r.city ?? ""}`]
                    .filter(Boolean)
                    .join(" · ")}
                </span>
              </li>
            ))}
          </ul>
          {found.pages > 1 && (
            <Pager
              paging={found}
              noun={["inwoner", "inwoners"]}
              href={(p) => `${path}?${pageQuery({ ...keep, q }, "pagina", p)}`}
            />
          )}
        </section>
      )}
      <p className="mt-6">
        Niet gevonden? <Link href="/beheer/inwoners">Registreer de inwoner</Link> (een e-mailadres is niet
        nodig) en kies daarna op zijn of haar pagina &quot;{nextStep}&quot;.
      </p>
    </Card>
  );
}
