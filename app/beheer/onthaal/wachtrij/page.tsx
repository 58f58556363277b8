import type { Metadata } from "next";
import Link from "next/link";
import { SiteLinks } from "@/components/appointments/staff/site-links";
import { CallNextForm, IssueTicketForm } from "@/components/queue/desk-forms";
import { CalledTickets, TodaysQueue } from "@/components/queue/queue-lists";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { listSites } from "@/lib/appointments/staff-queries";
import { requireStaff } from "@/lib/auth/guards";
import { chosenDesk, desksOf, deskOverview, queueServices } from "@/lib/queue/queries";

export const metadata: Metadata = { title: "Wachtrij" };

/** The walk-in queue at the desk: issue tickets, call the next one to my desk, see who waits. */
export default async function QueueDeskPage({ searchParams }: { searchParams: Promise<{ site?: string }> }) {
  const actor = await requireStaff("frontoffice:manage", "/beheer/onthaal/wachtrij");
  const query = await searchParams;
  const sites = await listSites();
  const site = sites.find((s) => s.id === query.site) ?? sites[0];
  const [services, tickets, desks, myDesk] = await Promise.all([
    queueServices(),
    deskOverview(site.id),
    desksOf(site.id),
    chosenDesk(actor.userId, site.id),
  ]);
  return (
    <>
      <PageHeader title="Wachtrij" intro={site.name}>
        <div className="mt-4 flex flex-wrap gap-4">
          <SiteLinks sites={sites} current={site.id} hrefFor={(s) => `/beheer/onthaal/wachtrij?site=${s}`} />
          <Link href={`/wachtrij/${site.slug}/scherm`}>Oproepscherm</Link>
          <Link href={`/wachtrij/${site.slug}`}>Pagina achter de QR-code</Link>
          <Link href={`/beheer/onthaal/wachtrij/affiche?site=${site.id}`}>Affiche met QR-code afdrukken</Link>
        </div>
      </PageHeader>
      <div className="grid gap-6 lg:grid-cols-3">
        <Card title="Volgende oproepen">
          <CallNextForm key={site.id} desks={desks} options={services} myDesk={myDesk} />
          <CalledTickets tickets={tickets} />
        </Card>
        <Card title="Volgnummer geven">
          <IssueTicketForm siteId={site.id} options={services} />
        </Card>
        <Card title="Vandaag">
          <TodaysQueue tickets={tickets} empty="Niemand wacht." />
        </Card>
      </div>
    </>
  );
}
