// The days that still have free slots, as plain links (?dag=…): keyboard and no-JavaScript friendly.
import Link from "next/link";
import { brusselsInstant, formatLongDate } from "@/lib/be/time";

export function DayLinks({
  days,
  current,
  hrefFor,
}: {
  days: { dateKey: string; free: number }[];
  current: string;
  hrefFor: (dateKey: string) => string;
}) {
  return (
    <nav aria-label="Dagen met vrije momenten">
      <ul className="flex flex-wrap gap-2">
        {days.map((d) => {
          const selected = d.dateKey === current;
          return (
            <li key={d.dateKey}>
              <Link
                href={hrefFor(d.dateKey)}
                aria-current={selected ? "date" : undefined}
                className={`block rounded-md border-2 px-3 py-2 no-underline ${
                  selected
                    ? "border-brand-800 bg-brand-700 font-semibold text-white hover:text-white"
                    : "border-slate-400 bg-white text-slate-900"
                }`}
              >
                <span className="block first-letter:uppercase">
                  {formatLongDate(brusselsInstant(d.dateKey, 720))}
                </span>
                <span className="block text-sm">
                  {d.free} {d.free === 1 ? "moment" : "momenten"} vrij
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
