import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "@/lib/http/page-interrupts";
import { DeskSaleForm } from "@/components/tickets/admin/desk-sale-form";
import {
  CancelPerformanceForm,
  PublishToggle,
  ResizeForm,
} from "@/components/tickets/admin/performance-controls";
import { PerformanceOrders } from "@/components/tickets/admin/performance-orders";
import { Pager } from "@/components/ui/pager";
import { pageFromSearch } from "@/lib/paging";
import { buttonClass } from "@/components/ui/button-class";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { formatDateTime } from "@/lib/be/time";
import { requireStaff } from "@/lib/auth/guards";
import { getPerformanceForStaff, residentForSale } from "@/lib/tickets/admin-queries";

export const metadata: Metadata = { title: "Voorstelling" };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ inwoner?: string; gewijzigd?: string; pagina?: string }>;
};

function changedText(told: string): string {
  if (told === "1") return "De wijzigingen zijn bewaard. 1 koper kreeg een e-mail over de wijziging.";
  if (Number(told) > 1)
    return `De wijzigingen zijn bewaard. ${told} kopers kregen een e-mail over de wijziging.`;
  return "De wijzigingen zijn bewaard.";
}

export default async function PerformanceAdminPage({ params, searchParams }: Props) {
  const [{ id }, { inwoner, gewijzigd, pagina }] = await Promise.all([params, searchParams]);
  await requireStaff("leisure:manage", `/beheer/vrije-tijd/${id}`);
  const performance = await getPerformanceForStaff(id, new Date(), pageFromSearch(pagina));
  if (!performance) notFound();
  // Selling for a resident found through /beheer/inwoners: ?inwoner=<id> fills in the buyer.
  const resident = inwoner ? await residentForSale(inwoner) : null;
  return (
    <>
      <PageHeader
        title={performance.title}
        intro={`${formatDateTime(performance.startsAt)} · ${performance.venueName} · ${performance.taken} van ${performance.capacity} plaatsen bezet · ${performance.admitted} binnen`}
      />
      {gewijzigd !== undefined && /^\d+$/.test(gewijzigd) && (
        <Notice tone="success">{changedText(gewijzigd)}</Notice>
      )}
      {performance.cancelledAt ? (
        <Notice tone="error">
          Geannuleerd op {formatDateTime(performance.cancelledAt)}: {performance.cancelReason}
        </Notice>
      ) : (
        <p className="mb-6">
          <Link href={`/beheer/vrije-tijd/${performance.id}/bewerken`} className={buttonClass("secondary")}>
            Voorstelling wijzigen
          </Link>
        </p>
      )}
      <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="min-w-0 space-y-6">
          {performance.open && (
            <Card
              title={resident ? `Verkopen aan ${resident.name ?? resident.email}` : "Verkopen aan de balie"}
            >
              <DeskSaleForm
                performanceId={performance.id}
                types={performance.ticketTypes.filter((t) => t.active)}
                resident={resident ?? undefined}
              />
            </Card>
          )}
        </div>
        <div className="space-y-6">
          {!performance.cancelledAt && (
            <Card title={performance.published ? "Gepubliceerd" : "Niet gepubliceerd"}>
              <PublishToggle id={performance.id} published={performance.published} />
            </Card>
          )}
          <Card title="Plaatsen">
            <ResizeForm id={performance.id} capacity={performance.capacity} />
          </Card>
          {!performance.cancelledAt && (
            <Card title="Annuleren">
              <CancelPerformanceForm id={performance.id} impact={performance.cancelImpact} />
            </Card>
          )}
        </div>
      </div>
      {/* The whole width: the orders list has five columns and a refund panel per row. */}
      <div className="mt-6" id="bestellingen">
        <Card title="Bestellingen">
          <PerformanceOrders orders={performance.orders.rows} />
          <Pager
            paging={performance.orders}
            noun={["bestelling", "bestellingen"]}
            href={(p) => `/beheer/vrije-tijd/${id}?pagina=${p}#bestellingen`}
          />
        </Card>
      </div>
    </>
  );
}
