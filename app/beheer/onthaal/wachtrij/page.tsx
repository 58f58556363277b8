import type { Metadata } from "next";
import Link from "next/link";
import { InlineAction } from "@/components/ui/inline-action";
import { CallNextForm, IssueTicketForm } from "@/components/queue/desk-forms";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { listSites } from "@/lib/appointments/staff-queries";
import { requireStaff } from "@/lib/auth/guards";
import { formatTime } from "@/lib/be/time";
import { recallTicketAction, ticketNoShowAction } from "@/lib/queue/actions";
import { desksOf, deskOverview, queueServices } from "@/lib/queue/queries";

export const metadata: Metadata = { title: "Wachtrij" };

/** The walk-in queue at the desk: issue tickets, call the next one, see who waits. */
export default async function QueueDeskPage({ searchParams }: { searchParams: Promise<{ site?: string }> }) {
  await requireStaff("frontoffice:manage", "/beheer/onthaal/wachtrij");
  const query = await searchParams;
  const sites = await listSites();
  const site = sites.find((s) => s.id === query.site) ?? sites[0];
  const [services, tickets, desks] = await Promise.all([
    queueServices(),
    deskOverview(site.id),
    desksOf(site.id),
  ]);
  const called = tickets.filter((t) => t.status === "CALLED");
  return (
    <>
      <PageHeader title="Wachtrij" intro={site.name}>
        <nav aria-label="Gemeentehuis" className="mt-4 flex flex-wrap gap-4">
          {sites.map((s) => (
            <Link
              key={s.id}
              href={`/beheer/onthaal/wachtrij?site=${s.id}`}
              aria-current={s.id === site.id ? "page" : undefined}
              className="aria-[current=page]:font-bold"
            >
              {s.name}
            </Link>
          ))}
          <Link href={`/wachtrij/${site.slug}/scherm`}>Oproepscherm</Link>
          <Link href={`/wachtrij/${site.slug}`}>Pagina achter de QR-code</Link>
          <Link href={`/beheer/onthaal/wachtrij/affiche?site=${site.id}`}>Affiche met QR-code afdrukken</Link>
        </nav>
      </PageHeader>
      <div className="grid gap-6 lg:grid-cols-3">
        <Card title="Volgende oproepen">
          <CallNextForm desks={desks} options={services} />
          {called.length > 0 && (
            <section aria-labelledby="nu-opgeroepen" className="mt-6">
              <h3 id="nu-opgeroepen" className="text-lg font-semibold">
                Nu opgeroepen
              </h3>
              <ul className="divide-y divide-slate-200">
                {called.map((t) => (
                  <li key={t.id} className="py-2">
                    <span className="font-mono text-lg font-bold">{t.code}</span> naar {t.desk?.name}
                    <div className="mt-1 flex flex-wrap gap-2">
                      <InlineAction
                        kind="secondary"
                        action={recallTicketAction}
                        fields={{ id: t.id }}
                        label={`${t.code} terugroepen`}
                      >
                        Terugroepen
                      </InlineAction>
                      <InlineAction
                        kind="secondary"
                        action={ticketNoShowAction}
                        fields={{ id: t.id }}
                        label={`${t.code} niet komen opdagen`}
                      >
                        Niet komen opdagen
                      </InlineAction>
                    </div>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </Card>
        <Card title="Volgnummer geven">
          <IssueTicketForm siteId={site.id} options={services} />
        </Card>
        <Card title="Vandaag">
          {tickets.length === 0 ? (
            <p>Niemand wacht.</p>
          ) : (
            <ol aria-label="Wachtenden en opgeroepen nummers" className="divide-y divide-slate-200">
              {tickets.map((t) => (
                <li key={t.id} className="py-2">
                  <span className="font-mono text-lg font-bold">{t.code}</span> {t.queueService.name}
                  <span className="block text-sm text-slate-700">
                    sinds {formatTime(t.createdAt)} · {t.desk ? `opgeroepen naar ${t.desk.name}` : "wacht"}
                  </span>
                </li>
              ))}
            </ol>
          )}
        </Card>
      </div>
    </>
  );
}
