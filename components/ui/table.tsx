// A data table with a caption for screen readers and column headers; rows are the caller's.
import type { ReactNode } from "react";

export type Column = { label: string; align?: "right" };

export function Table({
  caption,
  columns,
  children,
  small = false,
}: {
  caption: string;
  columns: Column[];
  children: ReactNode;
  small?: boolean;
}) {
  return (
    <div className="overflow-x-auto">
      <table className={`w-full border-collapse text-left ${small ? "text-sm" : ""}`}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-slate-400">
            {columns.map((c) => (
              <th
                key={c.label}
                scope="col"
                className={`py-2 pr-3 ${c.align === "right" ? "text-right" : ""}`}
              >
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
