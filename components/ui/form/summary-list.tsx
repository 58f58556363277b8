// A list of answers with a "Wijzig" link per row (GOV.UK's summary list): the check-your-answers
// page of a multi-step form, and the facts of a booking or request. A description list, so it
// reads well on a phone and to a screen reader.
import Link from "next/link";
import type { ReactNode } from "react";

export type SummaryRow = { key: string; label: ReactNode; value: ReactNode; changeHref?: string };

export function SummaryList({ rows }: { rows: SummaryRow[] }) {
  return (
    <dl className="divide-y divide-slate-300 border-y border-slate-300">
      {rows.map((row) => (
        <div key={row.key} className="grid gap-1 py-3 sm:grid-cols-[14rem_1fr_auto] sm:gap-4">
          <dt className="font-semibold">{row.label}</dt>
          <dd className="break-words">{row.value}</dd>
          {row.changeHref && (
            <dd>
              <Link href={row.changeHref} prefetch={false}>
                Wijzig<span className="sr-only"> {row.label}</span>
              </Link>
            </dd>
          )}
        </div>
      ))}
    </dl>
  );
}
