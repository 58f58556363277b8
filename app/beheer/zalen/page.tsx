import type { Metadata } from "next";
import Link from "next/link";
import { PendingRequests } from "@/components/halls/staff/pending-requests";
import { PlanningBoard } from "@/components/halls/staff/planning-board";
import { buttonClass } from "@/components/ui/button-class";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Pager } from "@/components/ui/pager";
import { pageFromSearch, pageQuery } from "@/lib/paging";
import { requireStaff } from "@/lib/auth/guards";
import { formatDateKey, isCalendarDate } from "@/lib/be/calendar-date";
import { formatEuro } from "@/lib/be/money";
import { addBrusselsDays, brusselsParts, formatDate } from "@/lib/be/time";
import { mondayOf } from "@/lib/halls/calendar";
import { depositsToSettle, pendingRequests, planningWeek } from "@/lib/halls/queries/staff";

export const metadata: Metadata = { title: "Zalen - planning" };

type Props = { searchParams: Promise<{ week?: string; aanvragen?: string; waarborgen?: string }> };

export default async function HallPlanningPage({ searchParams }: Props) {
  await requireStaff("leisure:manage", "/beheer/zalen");
  const search = await searchParams;
  const { week } = search;
  const monday = mondayOf(week && isCalendarDate(week) ? week : brusselsParts(new Date()).dateKey);
  const [{ halls, days }, pending, deposits] = await Promise.all([
    planningWeek(monday),
    pendingRequests(pageFromSearch(search.aanvragen)),
    depositsToSettle(new Date(), pageFromSearch(search.waarborgen)),
  ]);
  return (
    <>
      <PageHeader title="Zalen" intro="Planning van alle zalen, aanvragen en waarborgen.">
        <p className="mt-4 flex flex-wrap gap-3">
          <Link href="/beheer/zalen/balie" className={buttonClass("primary")}>
            Reserveren aan de balie
          </Link>
          <Link href="/beheer/zalen/dagdelen" className={buttonClass("secondary")}>
            Dagdelen
          </Link>
          <Link href="/beheer/zalen/zaal/nieuw" className={buttonClass("secondary")}>
            Nieuwe zaal
          </Link>
        </p>
        <nav aria-label="Instellingen per zaal" className="mt-4">
          <p className="font-semibold">Tarieven, waarborg en sluitingen instellen:</p>
          <ul className="flex flex-wrap gap-x-4">
            {halls.map((h) => (
              <li key={h.id}>
                <Link href={`/beheer/zalen/instellingen/${h.slug}`}>{h.name}</Link> (
                <Link href={`/beheer/zalen/zaal/${h.slug}`}>
                  gegevens<span className="sr-only"> van {h.name}</span>
                </Link>
                )
              </li>
            ))}
          </ul>
        </nav>
      </PageHeader>
      <div className="space-y-8">
        <div id="aanvragen">
          <Card title="Aanvragen om te beslissen">
            <PendingRequests requests={pending.rows} />
            <Pager
              paging={pending}
              noun={["aanvraag", "aanvragen"]}
              href={(p) => `/beheer/zalen?${pageQuery(search, "aanvragen", p)}#aanvragen`}
            />
          </Card>
        </div>
        <Card title="Weekplanning">
          <nav aria-label="Andere week" className="mb-3 flex flex-wrap items-center gap-3">
            <Link
              className={buttonClass("secondary")}
              href={`/beheer/zalen?week=${addBrusselsDays(monday, -7)}`}
            >
              Vorige week
            </Link>
            <p className="font-semibold">
              Week van {formatDateKey(monday)} tot {formatDateKey(addBrusselsDays(monday, 6))}
            </p>
            <Link
              className={buttonClass("secondary")}
              href={`/beheer/zalen?week=${addBrusselsDays(monday, 7)}`}
            >
              Volgende week
            </Link>
          </nav>
          <PlanningBoard days={days} />
          <p className="mt-3 text-sm text-slate-700">
            Twee actieve reservaties of aanvragen van dezelfde zaal kunnen niet overlappen: de databank
            weigert dat. Een aanvraag houdt haar moment vast tot je ze goedkeurt of weigert.
          </p>
        </Card>
        <div id="waarborgen">
          <Card title="Waarborgen te regelen">
            {deposits.total === 0 ? (
              <p>Geen waarborgen te regelen.</p>
            ) : (
              <ul className="list-disc pl-6">
                {deposits.rows.map((b) => (
                  <li key={b.id}>
                    <Link href={`/beheer/zalen/${b.id}`}>
                      {b.hall.name}, {formatDate(b.startsAt)} – {b.association?.name ?? b.user.name} (
                      {formatEuro(b.depositCents)})
                    </Link>
                  </li>
                ))}
              </ul>
            )}
            <Pager
              paging={deposits}
              noun={["waarborg", "waarborgen"]}
              href={(p) => `/beheer/zalen?${pageQuery(search, "waarborgen", p)}#waarborgen`}
            />
          </Card>
        </div>
      </div>
    </>
  );
}
