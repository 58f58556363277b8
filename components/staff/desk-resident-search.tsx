// The first step at any desk that acts for a resident: who is being served. Staff search the
// resident by name or e-mail, or register them (with or without e-mail) and come back from their
// page. Used by the hall desk and the uitleendienst's desk.
import Link from "next/link";
import { ResidentSearchForm } from "@/components/staff/resident-search-form";
import { Card } from "@/components/ui/card";

type Found = {
  id: string;
  name: string | null;
  email: string | null;
  street: string | null;
  city: string | null;
};

export function DeskResidentSearch({
  q,
  found,
  path,
  keep = {},
  nextStep,
}: {
  q: string;
  found: Found[];
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
      {q.trim().length >= 2 && (
        <section aria-labelledby="desk-results" className="mt-6">
          <h3 id="desk-results" className="mb-2 font-semibold">
            {found.length} {found.length === 1 ? "inwoner" : "inwoners"} gevonden voor &quot;{q}&quot;
          </h3>
          <ul className="divide-y divide-slate-200">
            {found.map((r) => (
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
        </section>
      )}
      <p className="mt-6">
        Niet gevonden? <Link href="/beheer/inwoners">Registreer de inwoner</Link> (een e-mailadres is niet
        nodig) en kies daarna op zijn of haar pagina &quot;{nextStep}&quot;.
      </p>
    </Card>
  );
}
