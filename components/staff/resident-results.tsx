// The residents a search found, each opening their file.
import Link from "next/link";
import type { ResidentMatch as Result } from "@/lib/residents/queries";

/** `total`: every match when `results` is one page of them (the resident list pages its search). */
export function ResidentResults({
  query,
  results,
  total = results.length,
}: {
  query: string;
  results: Result[];
  total?: number;
}) {
  return (
    <section aria-labelledby="results" className="mt-8">
      <h2 id="results" className="mb-3 text-xl font-semibold">
        {query.trim().length < 2
          ? "Typ minstens twee letters"
          : `${total} ${total === 1 ? "resultaat" : "resultaten"} voor "${query}"`}
      </h2>
      <ul className="divide-y divide-slate-200">
        {results.map((r) => (
          <li key={r.id} className="py-3">
            <Link href={`/beheer/inwoners/${r.id}`} className="font-semibold">
              {r.name ?? r.email}
            </Link>
            <span className="block break-words text-slate-700">
              {r.email}
              {r.street ? ` · ${r.street} ${r.houseNumber ?? ""}, ${r.postcode ?? ""} ${r.city ?? ""}` : ""}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
