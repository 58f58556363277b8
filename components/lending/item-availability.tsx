// The availability island of an item's page: free stock per day for two weeks from the day asked
// for, read per request from the capacity engine ("nog 180 van 400 vrij op za 13/06").
import Link from "next/link";
import { connection } from "next/server";
import { buttonClass } from "@/components/ui/button-class";
import { formatDateKey, isCalendarDate } from "@/lib/be/calendar-date";
import { addBrusselsDays, brusselsParts } from "@/lib/be/time";
import { weekdayOf } from "@/lib/be/working-days";
import { weekdayShort } from "@/lib/lending/labels";
import { itemAvailability } from "@/lib/lending/queries/availability";

const DAYS = 14;

export async function ItemAvailability({
  item,
  query,
}: {
  item: { id: string; slug: string; stock: number; unitPlural: string; name: string };
  query: Promise<{ van?: string }>;
}) {
  const { van } = await query;
  // Today decides the first day shown: read per request, never at prerender.
  await connection();
  const today = brusselsParts(new Date()).dateKey;
  const from = van && isCalendarDate(van) && van >= today ? van : today;
  const days = await itemAvailability(item, from, DAYS);
  const link = (offset: number) =>
    `/uitlenen/${item.slug}?van=${addBrusselsDays(from, offset)}#beschikbaarheid`;
  return (
    <section aria-labelledby="beschikbaarheid">
      <h2 id="beschikbaarheid" className="mb-2 text-2xl font-bold">
        Vrij per dag
      </h2>
      <nav aria-label="Andere periode" className="mb-3 flex flex-wrap items-center gap-3">
        {from > today && (
          <Link className={buttonClass("secondary")} href={link(-DAYS)}>
            Vorige twee weken
          </Link>
        )}
        <p className="font-semibold">
          {formatDateKey(from)} tot {formatDateKey(addBrusselsDays(from, DAYS - 1))}
        </p>
        <Link className={buttonClass("secondary")} href={link(DAYS)}>
          Volgende twee weken
        </Link>
      </nav>
      <ul className="grid grid-cols-1 gap-2 sm:grid-cols-2">
        {days.map((d) => (
          <li
            key={d.date}
            className={`rounded border p-2 ${d.free === 0 ? "border-red-700 bg-red-50" : "border-slate-300 bg-white"}`}
          >
            <span className="font-semibold">
              {weekdayShort(weekdayOf(d.date))} {formatDateKey(d.date).slice(0, 5)}
            </span>
            : nog {d.free} van {d.stock} {item.unitPlural} vrij
          </li>
        ))}
      </ul>
      <p className="mt-4">
        <Link className={buttonClass("primary")} href={`/uitlenen?item=${item.slug}&van=${from}#lenen`}>
          {item.name} lenen
        </Link>
      </p>
    </section>
  );
}
