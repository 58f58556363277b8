// The top of Mijn Wingene: three short lists, each entry a link to its thing. What needs the
// resident (to pay, to answer) is marked when it is not empty, so it stands out from the calendar.
import Link from "next/link";
import type { Overview, OverviewEntry } from "@/lib/overview";

type Panel = { key: keyof Overview; title: string; empty: string; needsAction: boolean };

const PANELS: Panel[] = [
  {
    key: "toAnswer",
    title: "Wacht op jouw antwoord",
    empty: "Niets: we wachten niet op jou.",
    needsAction: true,
  },
  { key: "toPay", title: "Te betalen", empty: "Je hebt niets openstaan.", needsAction: true },
  {
    key: "upcoming",
    title: "Binnenkort",
    empty: "Geen afspraken, reservaties of activiteiten gepland.",
    needsAction: false,
  },
];

function EntryList({ entries }: { entries: OverviewEntry[] }) {
  return (
    <ul className="divide-y divide-slate-200">
      {entries.map((e) => (
        <li key={e.id} className="py-2">
          <Link href={e.href} className="font-semibold break-words">
            {e.title}
          </Link>
          <p className="text-sm text-slate-700">{e.detail}</p>
        </li>
      ))}
    </ul>
  );
}

export function OverviewPanels({ overview }: { overview: Overview }) {
  return (
    <div className="mb-8 grid gap-4 md:grid-cols-3">
      {PANELS.map((panel) => {
        const entries = overview[panel.key];
        const marked = panel.needsAction && entries.length > 0;
        return (
          <section
            key={panel.key}
            aria-labelledby={`overview-${panel.key}`}
            className={`rounded-lg border bg-white p-4 shadow-sm ${
              marked
                ? "border-l-8 border-amber-600 border-y-slate-300 border-r-slate-300"
                : "border-slate-300"
            }`}
          >
            <h2 id={`overview-${panel.key}`} className="mb-2 flex items-baseline gap-2 text-lg font-semibold">
              {panel.title}
              <span className="rounded-full bg-slate-100 px-2 text-sm font-normal text-slate-800">
                {entries.length}
                <span className="sr-only"> {entries.length === 1 ? "item" : "items"}</span>
              </span>
            </h2>
            {entries.length === 0 ? (
              <p className="text-slate-700">{panel.empty}</p>
            ) : (
              <EntryList entries={entries} />
            )}
          </section>
        );
      })}
    </div>
  );
}
