// A week as a table: one column per day, one row per day part, hour or hall, for screens wide
// enough for seven columns (below `from`, the caller shows its own list of days instead).
import type { ReactNode } from "react";

const DAY_NAMES = ["ma", "di", "wo", "do", "vr", "za", "zo"];
export const DAY_NAMES_LONG = [
  "maandag",
  "dinsdag",
  "woensdag",
  "donderdag",
  "vrijdag",
  "zaterdag",
  "zondag",
];

/** "12/5" for 2026-05-12. */
export function shortDate(key: string): string {
  const [, m, d] = key.split("-");
  return `${Number(d)}/${Number(m)}`;
}

export function WeekTable<R>({
  caption,
  corner,
  dates,
  rows,
  rowKey,
  rowHeader,
  cell,
  from,
}: {
  caption: string;
  /** The header above the row names ("Uur", "Zaal"). */
  corner: string;
  dates: string[];
  rows: R[];
  rowKey: (row: R) => string;
  rowHeader: (row: R) => ReactNode;
  cell: (row: R, rowIndex: number, dayIndex: number) => ReactNode;
  from: "md" | "lg";
}) {
  return (
    <table
      className={`hidden w-full table-fixed border-collapse text-sm ${from === "md" ? "md:table" : "lg:table"}`}
    >
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className="w-32 p-2 text-left">
            {corner}
          </th>
          {dates.map((date, i) => (
            <th key={date} scope="col" className="p-2 text-center">
              {DAY_NAMES[i % 7]} {shortDate(date)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, r) => (
          <tr key={rowKey(row)} className="border-t border-slate-300 align-top">
            <th scope="row" className="p-2 text-left font-semibold break-words">
              {rowHeader(row)}
            </th>
            {dates.map((date, d) => (
              <td key={date} className="p-1 break-words">
                {cell(row, r, d)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
