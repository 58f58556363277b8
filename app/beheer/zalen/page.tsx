import type { Metadata } from "next";
import Link from "next/link";
import { ApproveForm, ApproveSeriesForm } from "@/components/halls/staff-forms";
import { buttonClass } from "@/components/ui/button-class";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table } from "@/components/ui/table";
import { isCalendarDate } from "@/lib/be/calendar-date";
import { formatEuro } from "@/lib/be/money";
import { addBrusselsDays, brusselsInstant, brusselsParts, formatDate, formatTime } from "@/lib/be/time";
import { requireStaff } from "@/lib/auth/guards";
import { mondayOf } from "@/lib/halls/calendar";
import { BOOKING_STATUS_LABELS } from "@/lib/halls/labels";
import { depositsToSettle, pendingRequests, planningWeek } from "@/lib/halls/staff-queries";

export const metadata: Metadata = { title: "Zalen - planning" };

const fmt = (key: string) => key.split("-").reverse().join("/");
const DAY_NAMES = ["ma", "di", "wo", "do", "vr", "za", "zo"];

type Props = { searchParams: Promise<{ week?: string }> };

export default async function HallPlanningPage({ searchParams }: Props) {
  await requireStaff("leisure:manage", "/beheer/zalen");
  const { week } = await searchParams;
  const monday = mondayOf(week && isCalendarDate(week) ? week : brusselsParts(new Date()).dateKey);
  const [{ halls, bookings }, pending, deposits] = await Promise.all([
    planningWeek(monday),
    pendingRequests(),
    depositsToSettle(),
  ]);
  // How many requests of each weekly series wait, so the board can offer to approve them at once.
  const seriesPending = new Map<string, number>();
  for (const b of pending)
    if (b.seriesId) seriesPending.set(b.seriesId, (seriesPending.get(b.seriesId) ?? 0) + 1);
  const days = Array.from({ length: 7 }, (_, i) => addBrusselsDays(monday, i));
  return (
    <>
      <PageHeader title="Zalen" intro="Planning van alle zalen, aanvragen en waarborgen.">
        <p className="mt-4">
          <Link href="/beheer/zalen/balie" className={buttonClass("primary")}>
            Reserveren aan de balie
          </Link>{" "}
          <Link href="/beheer/zalen/dagdelen" className={buttonClass("secondary")}>
            Dagdelen
          </Link>{" "}
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
        <Card title={`Aanvragen om te beslissen (${pending.length})`}>
          {pending.length === 0 ? (
            <p>Geen openstaande aanvragen.</p>
          ) : (
            <Table
              caption="Openstaande aanvragen"
              columns={[
                { label: "Zaal" },
                { label: "Wanneer" },
                { label: "Aanvrager" },
                { label: "Huur", align: "right" },
                { label: "Beslissen" },
              ]}
            >
              {pending.map((b) => (
                <tr key={b.id} className="border-b border-slate-200 align-top">
                  <td className="py-2 pr-3">{b.hall.name}</td>
                  <td className="py-2 pr-3">
                    <Link href={`/beheer/zalen/${b.id}`}>
                      {formatDate(b.startsAt)} {b.slotLabel}
                    </Link>
                    {b.seriesId && <span className="block text-sm">deel van een wekelijkse reeks</span>}
                  </td>
                  <td className="py-2 pr-3">
                    {b.association?.name ?? b.user.name}{" "}
                    <span className="block text-sm">{b.tariffLabel}</span>
                  </td>
                  <td className="py-2 pr-3 text-right">{formatEuro(b.priceCents)}</td>
                  <td className="py-2">
                    <div className="flex flex-wrap gap-2">
                      <ApproveForm
                        bookingId={b.id}
                        label={`Goedkeuren: ${b.hall.name} ${formatDate(b.startsAt)}`}
                      />
                      <Link href={`/beheer/zalen/${b.id}#weigeren`} className={buttonClass("secondary")}>
                        Weigeren…
                      </Link>
                    </div>
                    {b.seriesId && (seriesPending.get(b.seriesId) ?? 0) > 1 && (
                      <div className="mt-2">
                        <ApproveSeriesForm seriesId={b.seriesId} pending={seriesPending.get(b.seriesId)!} />
                      </div>
                    )}
                  </td>
                </tr>
              ))}
            </Table>
          )}
        </Card>
        <Card title="Weekplanning">
          <nav aria-label="Andere week" className="mb-3 flex flex-wrap items-center gap-3">
            <Link
              className={buttonClass("secondary")}
              href={`/beheer/zalen?week=${addBrusselsDays(monday, -7)}`}
            >
              Vorige week
            </Link>
            <p className="font-semibold">
              Week van {fmt(monday)} tot {fmt(days[6])}
            </p>
            <Link
              className={buttonClass("secondary")}
              href={`/beheer/zalen?week=${addBrusselsDays(monday, 7)}`}
            >
              Volgende week
            </Link>
          </nav>
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-sm">
              <caption className="sr-only">Reservaties en aanvragen per zaal en per dag</caption>
              <thead>
                <tr>
                  <th scope="col" className="p-2 text-left">
                    Zaal
                  </th>
                  {days.map((d, i) => (
                    <th key={d} scope="col" className="p-2 text-left">
                      {DAY_NAMES[i]} {fmt(d).slice(0, 5)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {halls.map((h) => (
                  <tr key={h.id} className="border-t border-slate-300 align-top">
                    <th scope="row" className="p-2 text-left">
                      {h.name}
                    </th>
                    {days.map((d) => {
                      // A closure can span days: it shows on every day it touches.
                      const dayStart = brusselsInstant(d, 0);
                      const dayEnd = brusselsInstant(addBrusselsDays(d, 1), 0);
                      const here = bookings.filter(
                        (b) =>
                          b.hallId === h.id &&
                          (b.closureId
                            ? b.startsAt < dayEnd && b.endsAt > dayStart
                            : brusselsParts(b.startsAt).dateKey === d),
                      );
                      return (
                        <td key={d} className="p-1">
                          <ul className="space-y-1">
                            {here.map((b) =>
                              b.closureId ? (
                                <li key={b.id} className="rounded border border-slate-700 bg-slate-100 p-1">
                                  <Link href={`/beheer/zalen/instellingen/${h.slug}`}>
                                    {formatTime(b.startsAt)}–{formatTime(b.endsAt)}
                                  </Link>
                                  <span className="block font-semibold">Gesloten</span>
                                  <span className="block">{b.purpose}</span>
                                </li>
                              ) : (
                                <li
                                  key={b.id}
                                  className={`rounded border p-1 ${b.status === "REQUESTED" ? "border-amber-700 bg-amber-50" : "border-slate-400 bg-slate-50"}`}
                                >
                                  <Link href={`/beheer/zalen/${b.id}`}>
                                    {formatTime(b.startsAt)}–{formatTime(b.endsAt)}
                                  </Link>
                                  <span className="block">{b.association?.name ?? b.user.name}</span>
                                  <span className="block font-semibold">
                                    {BOOKING_STATUS_LABELS[b.status]}
                                  </span>
                                </li>
                              ),
                            )}
                          </ul>
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="mt-3 text-sm text-slate-700">
            Twee actieve reservaties of aanvragen van dezelfde zaal kunnen niet overlappen: de databank
            weigert dat. Een aanvraag houdt haar moment vast tot je ze goedkeurt of weigert.
          </p>
        </Card>
        <Card title={`Waarborgen te regelen (${deposits.length})`}>
          {deposits.length === 0 ? (
            <p>Geen waarborgen te regelen.</p>
          ) : (
            <ul className="list-disc pl-6">
              {deposits.map((b) => (
                <li key={b.id}>
                  <Link href={`/beheer/zalen/${b.id}`}>
                    {b.hall.name}, {formatDate(b.startsAt)} – {b.association?.name ?? b.user.name} (
                    {formatEuro(b.depositCents)})
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}
