import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button-class";
import { PageHeader } from "@/components/ui/page-header";
import { listSites, siteDesks, weekCalendar } from "@/lib/appointments/staff-queries";
import { APPOINTMENT_STATUS_LABELS } from "@/lib/appointments/labels";
import { byDay, weekDays, weekStart } from "@/lib/appointments/week";
import { requireStaff } from "@/lib/auth/guards";
import { isCalendarDate } from "@/lib/be/calendar-date";
import { addBrusselsDays, brusselsInstant, brusselsParts, formatDate, formatTime } from "@/lib/be/time";

export const metadata: Metadata = { title: "Weekoverzicht afspraken" };

type Props = { searchParams: Promise<{ site?: string; balie?: string; week?: string }> };

const DAY_NAMES = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"];

/**
 * A site's week as one table: a row per desk (th scope=row), a column per day (th scope=col,
 * linking to that day's view), so a screen reader announces desk and day with every cell.
 */
export default async function FrontOfficeWeekPage({ searchParams }: Props) {
  await requireStaff("frontoffice:manage", "/beheer/onthaal/week");
  const query = await searchParams;
  const sites = await listSites();
  const site = sites.find((s) => s.id === query.site) ?? sites[0];
  const today = brusselsParts(new Date()).dateKey;
  const monday = weekStart(query.week && isCalendarDate(query.week) ? query.week : today);
  const days = weekDays(monday);
  const allDesks = await siteDesks(site.id);
  const deskId = allDesks.find((c) => c.id === query.balie)?.id;
  const desks = await weekCalendar(site.id, monday, deskId);
  const href = (week: string, s = site.id, balie = deskId) =>
    `/beheer/onthaal/week?site=${s}&week=${week}${balie ? `&balie=${balie}` : ""}`;
  const dayHref = (d: string) => `/beheer/onthaal?site=${site.id}&dag=${d}`;
  const range = `${formatDate(brusselsInstant(days[0], 720))} tot ${formatDate(brusselsInstant(days[6], 720))}`;
  const scope = deskId ? allDesks.find((c) => c.id === deskId)?.name : "alle balies";
  return (
    <>
      <PageHeader title="Weekoverzicht afspraken" intro={`${site.name}, week van ${range}`}>
        <div className="mt-4 flex flex-wrap items-center gap-3">
          <Link className={buttonClass("secondary")} href={dayHref(days.includes(today) ? today : monday)}>
            Dagoverzicht
          </Link>
          <nav aria-label="Gemeentehuis" className="flex gap-3">
            {sites.map((s) => (
              <Link
                key={s.id}
                href={href(monday, s.id, undefined)}
                aria-current={s.id === site.id ? "page" : undefined}
                className="aria-[current=page]:font-bold"
              >
                {s.name}
              </Link>
            ))}
          </nav>
          <nav aria-label="Week" className="flex gap-3">
            <Link href={href(addBrusselsDays(monday, -7))}>Vorige week</Link>
            <Link href={href(weekStart(today))}>Deze week</Link>
            <Link href={href(addBrusselsDays(monday, 7))}>Volgende week</Link>
          </nav>
        </div>
        <form method="get" action="/beheer/onthaal/week" className="mt-4 flex flex-wrap items-end gap-3">
          <input type="hidden" name="site" value={site.id} />
          <input type="hidden" name="week" value={monday} />
          <div>
            <label htmlFor="balie" className="block font-semibold">
              Balie
            </label>
            <select
              id="balie"
              name="balie"
              defaultValue={deskId ?? ""}
              className="rounded-md border-2 border-slate-500 px-3 py-2"
            >
              <option value="">Alle balies</option>
              {allDesks.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className={buttonClass("secondary")}>
            Toon
          </button>
        </form>
      </PageHeader>
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-labelledby="week-caption">
        <table className="w-full min-w-[56rem] border-collapse text-left text-sm">
          <caption id="week-caption" className="mb-2 text-left text-lg font-semibold">
            Afspraken {site.name}, {scope}, week van {range}
          </caption>
          <thead>
            <tr className="border-b-2 border-slate-400">
              <th scope="col" className="py-2 pr-3">
                Balie
              </th>
              {days.map((d, i) => (
                <th key={d} scope="col" className="py-2 pr-3 align-bottom">
                  <Link href={dayHref(d)} aria-current={d === today ? "date" : undefined}>
                    {DAY_NAMES[i]} {formatDate(brusselsInstant(d, 720))}
                  </Link>
                  {d === today && <span className="block font-normal">(vandaag)</span>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {desks.map((desk) => {
              const appointments = byDay(desk.appointments, days);
              const blocks = byDay(desk.blocks, days);
              return (
                <tr key={desk.id} className="border-b border-slate-200 align-top">
                  <th scope="row" className="py-2 pr-3">
                    {desk.name}
                  </th>
                  {days.map((d) => {
                    const items = appointments.get(d) ?? [];
                    const closed = blocks.get(d) ?? [];
                    return (
                      <td key={d} className="py-2 pr-3">
                        {items.length === 0 && closed.length === 0 ? (
                          <span className="text-slate-700">Geen afspraken</span>
                        ) : (
                          <ul className="space-y-1">
                            {closed.map((b) => (
                              <li key={b.id} className="rounded bg-slate-100 px-1">
                                <strong>Gesloten</strong> {formatTime(b.startsAt)}–{formatTime(b.endsAt)}
                              </li>
                            ))}
                            {items.map((a) => (
                              <li key={a.id}>
                                <Link href={`/beheer/onthaal/afspraak/${a.id}`}>
                                  {formatTime(a.startsAt)} {a.name}
                                </Link>
                                <span className="block text-slate-700">
                                  {a.service.name}
                                  {a.status !== "BOOKED" && ` · ${APPOINTMENT_STATUS_LABELS[a.status]}`}
                                </span>
                              </li>
                            ))}
                          </ul>
                        )}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
