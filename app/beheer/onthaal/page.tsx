import type { Metadata } from "next";
import Link from "next/link";
import { InlineAction } from "@/components/ui/inline-action";
import { BlockForm } from "@/components/appointments/staff/block-form";
import { buttonClass } from "@/components/ui/button-class";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table } from "@/components/ui/table";
import { markAction, removeBlockAction } from "@/lib/appointments/staff-actions";
import { dayCalendar, listSites } from "@/lib/appointments/staff-queries";
import { APPOINTMENT_STATUS_LABELS } from "@/lib/appointments/labels";
import { requireStaff } from "@/lib/auth/guards";
import { isCalendarDate } from "@/lib/be/calendar-date";
import { addBrusselsDays, brusselsInstant, brusselsParts, formatLongDate, formatTime } from "@/lib/be/time";

export const metadata: Metadata = { title: "Onthaal en afspraken" };

type Props = { searchParams: Promise<{ site?: string; dag?: string; geboekt?: string }> };

/** The day of one town hall, desk by desk: who comes when, and marking them. */
export default async function FrontOfficePage({ searchParams }: Props) {
  await requireStaff("frontoffice:manage", "/beheer/onthaal");
  const query = await searchParams;
  const sites = await listSites();
  const site = sites.find((s) => s.id === query.site) ?? sites[0];
  const day = query.dag && isCalendarDate(query.dag) ? query.dag : brusselsParts(new Date()).dateKey;
  const desks = await dayCalendar(site.id, day);
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
          <nav aria-label="Gemeentehuis" className="flex gap-3">
            {sites.map((s) => (
              <Link
                key={s.id}
                href={href(day, s.id)}
                aria-current={s.id === site.id ? "page" : undefined}
                className="aria-[current=page]:font-bold"
              >
                {s.name}
              </Link>
            ))}
          </nav>
          <nav aria-label="Dag" className="flex gap-3">
            <Link href={href(addBrusselsDays(day, -1))}>Vorige dag</Link>
            <Link href={href(brusselsParts(new Date()).dateKey)}>Vandaag</Link>
            <Link href={href(addBrusselsDays(day, 1))}>Volgende dag</Link>
          </nav>
        </div>
      </PageHeader>
      {query.geboekt && (
        <p role="status" className="mb-6 rounded-md border-l-4 border-brand-700 bg-brand-50 p-4 text-lg">
          De afspraak is geboekt.
        </p>
      )}
      <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="space-y-6">
          {desks.map((desk) => (
            <Card key={desk.id} title={desk.name}>
              {desk.blocks.map((b) => (
                <div
                  key={b.id}
                  className="mb-3 flex flex-wrap items-center gap-3 rounded-md bg-slate-100 p-3"
                >
                  <span>
                    <strong>Gesloten</strong> {formatTime(b.startsAt)}–{formatTime(b.endsAt)}: {b.reason}
                  </span>
                  <InlineAction
                    kind="secondary"
                    action={removeBlockAction}
                    fields={{ id: b.id }}
                    label={`Sluiting ${formatTime(b.startsAt)} opheffen`}
                  >
                    Opheffen
                  </InlineAction>
                </div>
              ))}
              {desk.appointments.length === 0 ? (
                <p>Geen afspraken.</p>
              ) : (
                <Table
                  caption={`Afspraken ${desk.name}`}
                  small
                  columns={[
                    { label: "Uur" },
                    { label: "Wie" },
                    { label: "Waarvoor" },
                    { label: "Status" },
                    { label: "Acties" },
                  ]}
                >
                  {desk.appointments.map((a) => (
                    <tr key={a.id} className="border-b border-slate-200 align-top">
                      <td className="py-2 pr-3 font-semibold">
                        {formatTime(a.startsAt)}–{formatTime(a.endsAt)}
                      </td>
                      <td className="py-2 pr-3">
                        <Link href={`/beheer/onthaal/afspraak/${a.id}`}>{a.name}</Link>
                        {a.phone && <span className="block">{a.phone}</span>}
                      </td>
                      <td className="py-2 pr-3">{a.service.name}</td>
                      <td className="py-2 pr-3">{APPOINTMENT_STATUS_LABELS[a.status]}</td>
                      <td className="py-2 pr-3">
                        <div className="flex flex-wrap gap-2">
                          {a.status === "BOOKED" && (
                            <InlineAction
                              kind="secondary"
                              action={markAction}
                              fields={{ id: a.id, status: "ARRIVED" }}
                              label={`${a.name} is aangekomen`}
                            >
                              Aangekomen
                            </InlineAction>
                          )}
                          {(a.status === "BOOKED" || a.status === "ARRIVED") && (
                            <InlineAction
                              kind="secondary"
                              action={markAction}
                              fields={{ id: a.id, status: "SERVED" }}
                              label={`${a.name} is geholpen`}
                            >
                              Geholpen
                            </InlineAction>
                          )}
                          {a.status === "BOOKED" && (
                            <InlineAction
                              kind="secondary"
                              action={markAction}
                              fields={{ id: a.id, status: "NO_SHOW" }}
                              label={`${a.name} is niet gekomen`}
                            >
                              Niet gekomen
                            </InlineAction>
                          )}
                        </div>
                      </td>
                    </tr>
                  ))}
                </Table>
              )}
            </Card>
          ))}
        </div>
        <Card title="Balie sluiten">
          <BlockForm desks={desks.map((c) => ({ id: c.id, name: c.name }))} date={day} />
        </Card>
      </div>
    </>
  );
}
