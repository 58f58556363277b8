// A list of records that is a table on a wide screen and a stack of cards on a phone, from one
// description of the columns. Both are rendered; CSS shows one, so nothing scrolls sideways at
// 320 px and screen readers get a real table where there is room for one.
import type { ReactNode } from "react";

export type DataColumn<R> = {
  key: string;
  label: string;
  cell: (row: R) => ReactNode;
  align?: "right";
  /** The column that names the record: the card's heading on a phone. */
  primary?: boolean;
};

// Literal class names per breakpoint, so Tailwind sees them.
const FROM = {
  md: { table: "hidden md:table", cards: "md:hidden" },
  lg: { table: "hidden lg:table", cards: "lg:hidden" },
} as const;

export function DataList<R>({
  caption,
  columns,
  rows,
  rowKey,
  empty,
  tableFrom = "md",
}: {
  caption: string;
  columns: DataColumn<R>[];
  rows: R[];
  rowKey: (row: R) => string;
  empty?: ReactNode;
  /** From which width the table shows: "lg" for many columns next to a side menu. */
  tableFrom?: keyof typeof FROM;
}) {
  if (rows.length === 0) return <p className="text-slate-700">{empty ?? "Nog niets."}</p>;
  const primary = columns.find((c) => c.primary) ?? columns[0]!;
  const rest = columns.filter((c) => c !== primary);
  return (
    <>
      <table className={`${FROM[tableFrom].table} w-full border-collapse text-left`}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-slate-400">
            {columns.map((c) => (
              <th key={c.key} scope="col" className={`py-2 pr-3 ${c.align === "right" ? "text-right" : ""}`}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} className="border-b border-slate-300 align-top">
              {columns.map((c) => (
                <td key={c.key} className={`py-2 pr-3 ${c.align === "right" ? "text-right" : ""}`}>
                  {c.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <ul aria-label={caption} className={`space-y-3 ${FROM[tableFrom].cards}`}>
        {rows.map((row) => (
          <li key={rowKey(row)} className="rounded-md border border-slate-300 bg-white p-4">
            <div className="font-semibold wrap-anywhere">{primary.cell(row)}</div>
            <dl className="mt-2 space-y-1">
              {rest.map((c) => (
                <div key={c.key} className="flex flex-wrap gap-x-2">
                  <dt className="text-slate-700">{c.label}:</dt>
                  <dd className="min-w-0 wrap-anywhere">{c.cell(row)}</dd>
                </div>
              ))}
            </dl>
          </li>
        ))}
      </ul>
    </>
  );
}
