// Choosing a moment on a phone in a few taps, without JavaScript: the first free moments on top,
// then one week of days (a row of seven that fits 320 px) and the chosen day's times. Every
// choice is a link (`?dag=`, `?week=`, `?tijd=`), so the back button and the keyboard just work.
import Link from "next/link";
import type { SlotPicker as Picker } from "@/lib/appointments/slot-picker";
import type { Slot } from "@/lib/appointments/slots";
import { brusselsInstant, formatLongDate, formatTime } from "@/lib/be/time";

export type PickerHref = (choice: { dag?: string; week?: string; tijd?: string }) => string;

const SHORT_DAYS = ["ma", "di", "wo", "do", "vr", "za", "zo"];
const longDay = (dateKey: string) => formatLongDate(brusselsInstant(dateKey, 720));
const moments = (n: number) => `${n} ${n === 1 ? "moment" : "momenten"} vrij`;
const placesLeft = (s: Slot) => s.desks.reduce((sum, d) => sum + d.left, 0);

export function SlotPicker({ picker, href, group }: { picker: Picker; href: PickerHref; group: boolean }) {
  const { first, week, day, times } = picker;
  const chooseTime = (s: Slot) => href({ dag: s.dateKey, tijd: s.startsAt.toISOString() });
  return (
    <div className="space-y-6">
      <section aria-labelledby="eerste-momenten">
        <h2 id="eerste-momenten" className="mb-2 text-xl font-semibold">
          Eerste vrije momenten
        </h2>
        <ul className="grid gap-2 sm:grid-cols-2">
          {first.map((s) => (
            <li key={s.startsAt.toISOString()}>
              <Link
                href={chooseTime(s)}
                className="block rounded-md border-2 border-brand-700 bg-white px-3 py-2 font-semibold no-underline"
              >
                <span className="first-letter:uppercase">{longDay(s.dateKey)}</span> om{" "}
                {formatTime(s.startsAt)}
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="andere-dag" className="space-y-3">
        <h2 id="andere-dag" className="text-xl font-semibold">
          Of kies een andere dag
        </h2>
        <div className="flex items-center justify-between gap-2">
          {picker.previousWeek ? (
            <Link href={href({ week: picker.previousWeek })}>Vorige week</Link>
          ) : (
            <span aria-hidden="true" />
          )}
          <p className="text-sm text-slate-700">Week van {longDay(week[0].dateKey).replace(/^\S+ /, "")}</p>
          {picker.nextWeek ? (
            <Link href={href({ week: picker.nextWeek })}>Volgende week</Link>
          ) : (
            <span aria-hidden="true" />
          )}
        </div>
        <nav aria-label="Dagen met vrije momenten">
          <ul className="grid grid-cols-7 gap-1">
            {week.map((d, i) => {
              const full = `${longDay(d.dateKey)}: ${d.free > 0 ? moments(d.free) : "geen vrije momenten"}`;
              const label = (
                <>
                  <span className="sr-only">{full}</span>
                  <span aria-hidden="true">
                    <span className="block text-xs">{SHORT_DAYS[i]}</span>
                    <span className="block text-lg leading-tight font-semibold">
                      {Number(d.dateKey.slice(8))}
                    </span>
                    <span className="block text-xs">{d.free > 0 ? d.free : "–"}</span>
                  </span>
                </>
              );
              return (
                <li key={d.dateKey}>
                  {d.free > 0 ? (
                    <Link
                      href={href({ dag: d.dateKey })}
                      aria-current={d.dateKey === day ? "date" : undefined}
                      className="block rounded-md border-2 border-slate-400 bg-white py-1 text-center text-slate-900 no-underline aria-[current=date]:border-brand-800 aria-[current=date]:bg-brand-700 aria-[current=date]:text-white"
                    >
                      {label}
                    </Link>
                  ) : (
                    <span className="block rounded-md border border-slate-200 py-1 text-center text-slate-600">
                      {label}
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        </nav>
        {day ? (
          <nav aria-label={`Vrije momenten op ${longDay(day)}`} id="tijdstip">
            <h3 className="mb-2 font-semibold first-letter:uppercase">{longDay(day)}</h3>
            <ul className="grid grid-cols-[repeat(auto-fill,minmax(5.5rem,1fr))] gap-2">
              {times.map((s) => (
                <li key={s.startsAt.toISOString()}>
                  <Link
                    href={chooseTime(s)}
                    className="block rounded-md border-2 border-slate-400 bg-white px-2 py-2 text-center font-semibold text-slate-900 no-underline hover:border-brand-700"
                  >
                    {formatTime(s.startsAt)}
                    {group && <span className="block text-xs font-normal">{placesLeft(s)} vrij</span>}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        ) : (
          <p>Geen vrije momenten in deze week. Kies een andere week.</p>
        )}
      </section>
    </div>
  );
}

/** Links of the picker on a page: its path, the parameters it keeps, and the choice made. */
export function pickerHref(path: string, keep: Record<string, string | undefined> = {}): PickerHref {
  return (choice) => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries({ ...keep, ...choice })) if (value) params.set(key, value);
    return `${path}?${params.toString()}${choice.tijd ? "#bevestigen" : choice.dag ? "#tijdstip" : ""}`;
  };
}
