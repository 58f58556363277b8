import type { Metadata } from "next";
import Link from "next/link";
import { DeskChoice } from "@/components/appointments/staff/desk-choice";
import { SiteLinks } from "@/components/appointments/staff/site-links";
import { WeekCalendar } from "@/components/appointments/staff/week-calendar";
import { buttonClass } from "@/components/ui/button-class";
import { PageHeader } from "@/components/ui/page-header";
import { listSites, siteDesks, weekCalendar } from "@/lib/appointments/staff-queries";
import { weekDays, weekStart } from "@/lib/appointments/week";
import { requireStaff } from "@/lib/auth/guards";
import { isCalendarDate } from "@/lib/be/calendar-date";
import { addBrusselsDays, brusselsInstant, brusselsParts, formatDate } from "@/lib/be/time";

export const metadata: Metadata = { title: "Weekoverzicht afspraken" };

type Props = { searchParams: Promise<{ site?: string; balie?: string; week?: string }> };

/** A site's week, all desks or one, with each day leading to its day view. */
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
          <SiteLinks sites={sites} current={site.id} hrefFor={(s) => href(monday, s, undefined)} />
          <nav aria-label="Week" className="flex flex-wrap gap-3">
            <Link href={href(addBrusselsDays(monday, -7))}>Vorige week</Link>
            <Link href={href(weekStart(today))}>Deze week</Link>
            <Link href={href(addBrusselsDays(monday, 7))}>Volgende week</Link>
          </nav>
        </div>
        <DeskChoice desks={allDesks} site={site.id} week={monday} desk={deskId} />
      </PageHeader>
      <WeekCalendar
        caption={`Afspraken ${site.name}, ${scope}, week van ${range}`}
        desks={desks}
        days={days}
        today={today}
        dayHref={dayHref}
      />
    </>
  );
}
