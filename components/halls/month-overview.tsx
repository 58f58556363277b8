// Six weeks at a glance: per day how many day parts (or hours) are still free, in words. A day
// links to its week in the calendar above. Seven equal columns with short words, so the whole
// week, Sunday included, fits a 320 px phone.
import Link from "next/link";
import type { CalendarDay } from "@/lib/halls/calendar";

const HEAD = [
  ["ma", "maandag"],
  ["di", "dinsdag"],
  ["wo", "woensdag"],
  ["do", "donderdag"],
  ["vr", "vrijdag"],
  ["za", "zaterdag"],
  ["zo", "zondag"],
] as const;

function dayState(d: CalendarDay): { short: string; long: string } {
  const free = d.cells.filter((c) => c.state === "free").length;
  if (d.cells.every((c) => c.state === "past")) return { short: "–", long: "voorbij" };
  if (free === 0 && d.cells.some((c) => c.state === "closed")) return { short: "dicht", long: "gesloten" };
  if (free === 0) return { short: "vol", long: "volzet" };
  return { short: `${free} vrij`, long: `${free} vrij` };
}

export function MonthOverview({ days, slug, month }: { days: CalendarDay[]; slug: string; month: string }) {
  const weeks = Array.from({ length: Math.ceil(days.length / 7) }, (_, i) => days.slice(i * 7, i * 7 + 7));
  return (
    <table className="w-full table-fixed border-collapse text-xs sm:text-sm">
      <caption className="sr-only">Vrije momenten per dag, zes weken vanaf de maand {month}</caption>
      <thead>
        <tr>
          {HEAD.map(([short, long]) => (
            <th key={short} scope="col" abbr={long} className="p-1 text-center">
              {short}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map((week) => (
          <tr key={week[0]!.date}>
            {week.map((d) => {
              const [, m, day] = d.date.split("-");
              const state = dayState(d);
              return (
                <td key={d.date} className="border border-slate-200 p-0.5 text-center sm:p-1">
                  <Link
                    href={`/zalen/${slug}?week=${d.date}#beschikbaarheid`}
                    className="block break-words"
                    aria-label={`${Number(day)}/${Number(m)}: ${state.long}`}
                  >
                    <span className="block font-semibold">
                      {Number(day)}/{Number(m)}
                    </span>
                    <span className="block">{state.short}</span>
                  </Link>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
