// A site's week as a table: one row per weekday, every window, evening opening marked. Two
// narrow columns, with a window's label under its hours on a phone, so it fits 320 px.
import { formatMinutes } from "@/lib/be/time";
import type { OpeningWindow } from "@/lib/sites/opening-status";
import { WEEKDAYS } from "@/lib/sites/labels";

export function WeeklyHours({ windows, caption }: { windows: OpeningWindow[]; caption: string }) {
  return (
    <table className="w-full border-collapse text-left">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b-2 border-slate-400">
          <th scope="col" className="py-2 pr-3">
            Dag
          </th>
          <th scope="col" className="py-2">
            Open
          </th>
        </tr>
      </thead>
      <tbody>
        {WEEKDAYS.map((day, index) => {
          const today = windows.filter((w) => w.weekday === index + 1);
          return (
            <tr key={day} className="border-b border-slate-200 align-top">
              <th scope="row" className="py-2 pr-3 font-semibold capitalize">
                {day}
              </th>
              <td className="py-2">
                {today.length === 0 ? (
                  <span className="text-slate-700">gesloten</span>
                ) : (
                  <ul>
                    {today.map((w) => (
                      <li key={`${w.opensAt}-${w.closesAt}`}>
                        {formatMinutes(w.opensAt)} – {formatMinutes(w.closesAt)}
                        {w.label && (
                          <span className="block w-fit rounded bg-accent-500/30 px-2 text-sm font-semibold hyphens-auto [overflow-wrap:anywhere] sm:ml-2 sm:inline">
                            {w.label}
                          </span>
                        )}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
