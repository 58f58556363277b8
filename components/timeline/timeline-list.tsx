import { formatDateTime } from "@/lib/be/time";
import type { TimelineItem } from "@/lib/timeline/types";

export function TimelineList({ items, empty }: { items: TimelineItem[]; empty: string }) {
  if (items.length === 0) return <p>{empty}</p>;
  return (
    <ol className="space-y-3 border-l-2 border-brand-700 pl-5">
      {items.map((item) => (
        <li key={item.id}>
          <p className="text-sm text-slate-700">
            <time dateTime={item.at.toISOString()}>{formatDateTime(item.at)}</time> · {item.service}
          </p>
          <p className="font-semibold">{item.href ? <a href={item.href}>{item.title}</a> : item.title}</p>
          {item.description && <p>{item.description}</p>}
          {item.byStaff && (
            <p className="text-sm text-slate-700">Gedaan door {item.byStaff} van de gemeente</p>
          )}
        </li>
      ))}
    </ol>
  );
}
