import type { Metadata } from "next";
import Link from "next/link";
import { BlockForm } from "@/components/appointments/staff/block-form";
import { BookedNotice } from "@/components/appointments/staff/booked-notice";
import { DayCalendar } from "@/components/appointments/staff/day-calendar";
import { SiteLinks } from "@/components/appointments/staff/site-links";
import { buttonClass } from "@/components/ui/button-class";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { dayCalendar, getAppointmentForStaff, listSites } from "@/lib/appointments/staff-queries";
import { requireStaff } from "@/lib/auth/guards";
import { isCalendarDate } from "@/lib/be/calendar-date";
import { addBrusselsDays, brusselsInstant, brusselsParts, formatLongDate } from "@/lib/be/time";

export const metadata: Metadata = { title: "Onthaal en afspraken" };

type Props = { searchParams: Promise<{ site?: string; dag?: string; geboekt?: string }> };

/** The day of one town hall, desk by desk: who comes when, and marking them. */
export default async function FrontOfficePage({ searchParams }: Props) {
  await requireStaff("frontoffice:manage", "/beheer/onthaal");
  const query = await searchParams;
  const sites = await listSites();
  const site = sites.find((s) => s.id === query.site) ?? sites[0];
  const today = brusselsParts(new Date()).dateKey;
  const day = query.dag && isCalendarDate(query.dag) ? query.dag : today;
  const [desks, booked] = await Promise.all([
    dayCalendar(site.id, day),
    query.geboekt ? getAppointmentForStaff(query.geboekt) : null,
  ]);
  const href = (d: string, s = site.id) => `/beheer/onthaal?site=${s}&dag=${d}`;
  return (
    <>
      <PageHeader
        title="Onthaal en afspraken"
        intro={`${site.name}, ${formatLongDate(brusselsInstant(day, 720))}`}
      >
        <div className="mt-4 flex flex-wrap items-center gap-3">
          <Link className={buttonClass()} href={`/beheer/onthaal/boeken?site=${site.id}`}>
            Afspraak boeken
          </Link>
          <Link className={buttonClass("secondary")} href={`/beheer/onthaal/wachtrij?site=${site.id}`}>
            Wachtrij
          </Link>
          <Link
            className={buttonClass("secondary")}
            href={`/beheer/onthaal/week?site=${site.id}&week=${day}`}
          >
            Weekoverzicht
          </Link>
          <Link href="/beheer/onthaal/diensten">Diensten en duur</Link>
          <Link href="/beheer/onthaal/balies">Bemanning van de balies</Link>
          <SiteLinks sites={sites} current={site.id} hrefFor={(s) => href(day, s)} />
          <nav aria-label="Dag" className="flex flex-wrap gap-3">
            <Link href={href(addBrusselsDays(day, -1))}>Vorige dag</Link>
            <Link href={href(today)}>Vandaag</Link>
            <Link href={href(addBrusselsDays(day, 1))}>Volgende dag</Link>
          </nav>
        </div>
      </PageHeader>
      <BookedNotice appointment={booked} />
      <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="space-y-6">
          <DayCalendar desks={desks} />
        </div>
        <Card title="Balie sluiten">
          <BlockForm desks={desks.map((c) => ({ id: c.id, name: c.name }))} date={day} />
        </Card>
      </div>
    </>
  );
}
