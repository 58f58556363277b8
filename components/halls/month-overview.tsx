// Six weeks at a glance: per day how many day parts (or hours) are still free, in words. A day
// links to its week in the calendar above.
import Link from "next/link";
import type { CalendarDay } from "@/lib/halls/calendar";

const HEAD = ["ma", "di", "wo", "do", "vr", "za", "zo"];

export function MonthOverview({ days, slug, month }: { days: CalendarDay[]; slug: string; month: string }) {
  const weeks = Array.from({ length: Math.ceil(days.length / 7) }, (_, i) => days.slice(i * 7, i * 7 + 7));
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">Vrije momenten per dag, zes weken vanaf de maand {month}</caption>
        <thead>
          <tr>
            {HEAD.map((d) => (
              <th key={d} scope="col" className="p-1 text-center">
                {d}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week[0].date}>
              {week.map((d) => {
                const free = d.cells.filter((c) => c.state === "free").length;
                const past = d.cells.every((c) => c.state === "past");
                const closed = d.cells.some((c) => c.state === "closed") && free === 0;
                const [, m, day] = d.date.split("-");
                return (
                  <td key={d.date} className="border border-slate-200 p-1 text-center">
                    <Link href={`/zalen/${slug}?week=${d.date}#beschikbaarheid`} className="block">
                      <span className="block font-semibold">
                        {Number(day)}/{Number(m)}
                      </span>
                      <span className="block">
                        {past ? "voorbij" : closed ? "gesloten" : free === 0 ? "volzet" : `${free} vrij`}
                      </span>
                    </Link>
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
