// The week grid of a hall: one column per day, one row per day part or hour, each cell saying in
// words whether it is free, taken, closed or past (never colour alone). A free cell links to the booking
// form with that date and part filled in.
import Link from "next/link";
import type { CalendarDay } from "@/lib/halls/calendar";

const DAY_NAMES = ["ma", "di", "wo", "do", "vr", "za", "zo"];

function shortDate(key: string) {
  const [, m, d] = key.split("-");
  return `${Number(d)}/${Number(m)}`;
}

export function AvailabilityCalendar({
  days,
  slug,
  caption,
}: {
  days: CalendarDay[];
  slug: string;
  caption: string;
}) {
  const rows = days[0]?.cells ?? [];
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="p-2 text-left">
              Uur
            </th>
            {days.map((d, i) => (
              <th key={d.date} scope="col" className="p-2 text-center">
                {DAY_NAMES[i % 7]} {shortDate(d.date)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={row.key} className="border-t border-slate-200">
              <th scope="row" className="p-2 text-left font-semibold whitespace-nowrap">
                {row.label}
              </th>
              {days.map((d) => {
                const cell = d.cells[r];
                return (
                  <td key={d.date} className="p-1 text-center">
                    {cell.state === "free" ? (
                      <Link
                        href={`/zalen/${slug}?datum=${d.date}&deel=${encodeURIComponent(cell.key)}#reserveren`}
                        className="block rounded border border-green-800 bg-green-50 px-1 py-2 font-semibold text-green-900"
                        aria-label={`Vrij: ${d.date.split("-").reverse().join("/")} ${cell.label}, reserveren`}
                      >
                        Vrij
                      </Link>
                    ) : cell.state === "closed" ? (
                      <span className="block rounded border border-slate-700 bg-slate-100 px-1 py-2 font-semibold text-slate-900">
                        Gesloten
                      </span>
                    ) : cell.state === "taken" ? (
                      <span className="block rounded border border-red-800 bg-red-50 px-1 py-2 font-semibold text-red-900">
                        Bezet
                      </span>
                    ) : (
                      <span className="block rounded px-1 py-2 text-slate-700">Voorbij</span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
