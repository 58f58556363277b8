import type { Metadata } from "next";
import Link from "next/link";
import { MyAppointments } from "@/components/appointments/my-appointments";
import { PagedCard } from "@/components/ui/paged-card";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { appointmentsOf } from "@/lib/appointments/queries";
import { requireUser } from "@/lib/auth/guards";
import { pageFromSearch, pageQuery } from "@/lib/paging";

export const metadata: Metadata = { title: "Mijn afspraken" };

type Props = {
  searchParams: Promise<{ verplaatst?: string; geannuleerd?: string; pagina?: string; eerder?: string }>;
};

export default async function MyAppointmentsPage({ searchParams }: Props) {
  const query = await searchParams;
  const actor = await requireUser("/mijn/afspraken");
  const { coming, past } = await appointmentsOf(actor.userId, {
    coming: pageFromSearch(query.pagina),
    past: pageFromSearch(query.eerder),
  });
  // Each list keeps the other's page; the notices of a move or a cancel are not repeated.
  const pages = { pagina: query.pagina, eerder: query.eerder };
  const href = (key: string, anchor: string) => (p: number) =>
    `/mijn/afspraken?${pageQuery(pages, key, p)}#${anchor}`;
  return (
    <>
      <PageHeader
        title="Mijn afspraken"
        intro="Je afspraken aan de balies van het gemeentehuis, ook die de medewerkers voor je boekten."
      >
        <p className="mt-4">
          <Link href="/afspraken">Een nieuwe afspraak maken</Link>
        </p>
      </PageHeader>
      {query.verplaatst && (
        <Notice tone="success">
          Je afspraak is verplaatst. Je krijgt een bevestiging met het nieuwe tijdstip en een nieuwe
          persoonlijke link per e-mail.
        </Notice>
      )}
      {query.geannuleerd && <Notice tone="success">Je afspraak is geannuleerd.</Notice>}
      <div className="space-y-6">
        <div id="komend">
          <PagedCard
            title="Komende afspraken"
            paging={coming}
            noun={["afspraak", "afspraken"]}
            href={href("pagina", "komend")}
          >
            <MyAppointments caption="Mijn komende afspraken" rows={coming.rows} movable />
          </PagedCard>
        </div>
        {past.total > 0 && (
          <div id="eerder">
            <PagedCard
              title="Eerdere afspraken"
              paging={past}
              noun={["afspraak", "afspraken"]}
              href={href("eerder", "eerder")}
            >
              <MyAppointments caption="Mijn eerdere afspraken" rows={past.rows} />
            </PagedCard>
          </div>
        )}
      </div>
    </>
  );
}
