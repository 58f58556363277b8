// The week of a hall: per day the day parts (or hours), each saying in words whether it is free,
// taken, closed or past (never colour alone); a free one links to the booking form with that date
// and part filled in. A table where there is room for seven columns; on a phone the same week as
// a list of days, so no day is cut off and nothing scrolls sideways.
import Link from "next/link";
import type { CalendarDay, Cell } from "@/lib/halls/calendar";

const DAY_NAMES = ["ma", "di", "wo", "do", "vr", "za", "zo"];
const LONG_DAY_NAMES = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"];

const slash = (key: string) => key.split("-").reverse().join("/");
function shortDate(key: string) {
  const [, m, d] = key.split("-");
  return `${Number(d)}/${Number(m)}`;
}

function CellState({ cell, date, slug }: { cell: Cell; date: string; slug: string }) {
  switch (cell.state) {
    case "free":
      return (
        <Link
          href={`/zalen/${slug}?datum=${date}&deel=${encodeURIComponent(cell.key)}#reserveren`}
          className="block rounded border border-green-800 bg-green-50 px-1 py-2 text-center font-semibold text-green-900"
          aria-label={`Vrij: ${slash(date)} ${cell.label}, reserveren`}
        >
          Vrij
        </Link>
      );
    case "closed":
      return (
        <span className="block rounded border border-slate-700 bg-slate-100 px-1 py-2 text-center font-semibold text-slate-900">
          Gesloten
        </span>
      );
    case "taken":
      return (
        <span className="block rounded border border-red-800 bg-red-50 px-1 py-2 text-center font-semibold text-red-900">
          Bezet
        </span>
      );
    default:
      return <span className="block rounded px-1 py-2 text-center text-slate-700">Voorbij</span>;
  }
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
    <>
      <table className="hidden w-full table-fixed border-collapse text-sm md:table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="w-32 p-2 text-left">
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
              <th scope="row" className="p-2 text-left font-semibold">
                {row.label}
              </th>
              {days.map((d) => (
                <td key={d.date} className="p-1">
                  <CellState cell={d.cells[r]!} date={d.date} slug={slug} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <ol aria-label={caption} className="space-y-3 md:hidden">
        {days.map((d, i) => (
          <li key={d.date} className="rounded-md border border-slate-300 bg-white p-3">
            <p className="font-semibold">
              {LONG_DAY_NAMES[i % 7]} {shortDate(d.date)}
            </p>
            <dl className="mt-2 grid grid-cols-[minmax(0,1fr)_6rem] items-center gap-x-3 gap-y-1 text-sm">
              {d.cells.map((cell) => (
                <div key={cell.key} className="contents">
                  <dt>{cell.label}</dt>
                  <dd>
                    <CellState cell={cell} date={d.date} slug={slug} />
                  </dd>
                </div>
              ))}
            </dl>
          </li>
        ))}
      </ol>
    </>
  );
}
