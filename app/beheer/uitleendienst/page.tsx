import type { Metadata } from "next";
import Link from "next/link";
import { DepotDay } from "@/components/lending/staff/depot-day";
import { buttonClass } from "@/components/ui/button-class";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guards";
import { formatDateKey, isCalendarDate } from "@/lib/be/calendar-date";
import { addBrusselsDays, brusselsParts } from "@/lib/be/time";
import { depotDay } from "@/lib/lending/queries/staff";
import { pageFromSearch, pageQuery } from "@/lib/paging";

export const metadata: Metadata = { title: "Uitleendienst" };

type Props = { searchParams: Promise<{ dag?: string; telaat?: string; route?: string }> };

export default async function DepotPage({ searchParams }: Props) {
  await requireStaff("loans:manage", "/beheer/uitleendienst");
  const search = await searchParams;
  const { dag } = search;
  const day = dag && isCalendarDate(dag) ? dag : brusselsParts(new Date()).dateKey;
  const list = await depotDay(day, pageFromSearch(search.telaat));
  const link = (n: number) => `/beheer/uitleendienst?dag=${addBrusselsDays(day, n)}`;
  return (
    <>
      <PageHeader
        title="Uitleendienst"
        intro={`Het depot op ${formatDateKey(day)}: meegeven, terugnemen, leveringen, ophalingen en wat te laat is.`}
      />
      <nav aria-label="Andere dag" className="mb-6 flex flex-wrap items-center gap-3">
        <Link className={buttonClass("secondary")} href={link(-1)}>
          Vorige dag
        </Link>
        <Link className={buttonClass("secondary")} href={link(1)}>
          Volgende dag
        </Link>
        <Link className={buttonClass("primary")} href="/beheer/uitleendienst/balie">
          Uitlenen aan de balie
        </Link>
        <Link className={buttonClass("secondary")} href="/beheer/uitleendienst/materiaal">
          Materiaal en voorraad
        </Link>
        <Link className={buttonClass("secondary")} href="/beheer/uitleendienst/instellingen">
          Categorieën en leveringen
        </Link>
      </nav>
      {search.route === "bewaard" && <Notice tone="success">De volgorde van de route is bewaard.</Notice>}
      <DepotDay
        date={day}
        day={list}
        latePage={(p) => `/beheer/uitleendienst?${pageQuery(search, "telaat", p)}#te-laat`}
      />
    </>
  );
}
