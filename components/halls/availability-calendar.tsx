// The week of a hall: per day the day parts (or hours), each saying in words whether it is free,
// taken, closed or past (never colour alone); a free one links to the booking form with that date
// and part filled in. A table where there is room for seven columns; on a phone the same week as
// a list of days, so no day is cut off and nothing scrolls sideways.
import { formatDateKey } from "@/lib/be/calendar-date";
import Link from "next/link";
import type { CalendarDay, Cell } from "@/lib/halls/calendar";
import { DAY_NAMES_LONG, WeekTable, shortDate } from "./week-table";

function CellState({ cell, date, slug }: { cell: Cell; date: string; slug: string }) {
  switch (cell.state) {
    case "free":
      return (
        <Link
          href={`/zalen/${slug}?datum=${date}&deel=${encodeURIComponent(cell.key)}#reserveren`}
          className="block rounded border border-green-800 bg-green-50 px-1 py-2 text-center font-semibold text-green-900"
          aria-label={`Vrij: ${formatDateKey(date)} ${cell.label}, reserveren`}
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
      <WeekTable
        caption={caption}
        corner="Uur"
        dates={days.map((d) => d.date)}
        rows={rows}
        rowKey={(row) => row.key}
        rowHeader={(row) => row.label}
        cell={(_, r, d) => <CellState cell={days[d]!.cells[r]!} date={days[d]!.date} slug={slug} />}
        from="md"
      />
      <ol aria-label={caption} className="space-y-3 md:hidden">
        {days.map((d, i) => (
          <li key={d.date} className="rounded-md border border-slate-300 bg-white p-3">
            <p className="font-semibold">
              {DAY_NAMES_LONG[i % 7]} {shortDate(d.date)}
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
