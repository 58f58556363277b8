import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "@/lib/http/page-interrupts";
import { DeskSaleForm } from "@/components/tickets/admin/desk-sale-form";
import { RefundForm } from "@/components/tickets/admin/order-forms";
import {
  CancelPerformanceForm,
  PublishToggle,
  ResizeForm,
} from "@/components/tickets/admin/performance-controls";
import { buttonClass } from "@/components/ui/button-class";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table } from "@/components/ui/table";
import { formatEuro } from "@/lib/be/money";
import { formatDateTime } from "@/lib/be/time";
import { requireStaff } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { ORDER_STATUS_LABELS, PAYMENT_METHOD_LABELS } from "@/lib/payments/labels";
import { getPerformanceForStaff } from "@/lib/tickets/admin-queries";

export const metadata: Metadata = { title: "Voorstelling" };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ inwoner?: string; gewijzigd?: string }>;
};

export default async function PerformanceAdminPage({ params, searchParams }: Props) {
  const [{ id }, { inwoner, gewijzigd }] = await Promise.all([params, searchParams]);
  await requireStaff("leisure:manage", `/beheer/vrije-tijd/${id}`);
  const performance = await getPerformanceForStaff(id);
  if (!performance) notFound();
  // Selling for a resident found through /beheer/inwoners: ?inwoner=<id> fills in the buyer.
  const resident = inwoner
    ? await db.user.findUnique({ where: { id: inwoner }, select: { id: true, name: true, email: true } })
    : null;
  const open = !performance.cancelledAt && performance.startsAt > new Date();
  return (
    <>
      <PageHeader
        title={performance.title}
        intro={`${formatDateTime(performance.startsAt)} · ${performance.venueName} · ${performance.taken} van ${performance.capacity} plaatsen bezet · ${performance.admitted} binnen`}
      />
      {gewijzigd !== undefined && /^\d+$/.test(gewijzigd) && (
        <p role="status" className="mb-6 rounded-md border-l-4 border-brand-700 bg-brand-50 p-4">
          De wijzigingen zijn bewaard.
          {gewijzigd === "1" && " 1 koper kreeg een e-mail over de wijziging."}
          {Number(gewijzigd) > 1 && ` ${gewijzigd} kopers kregen een e-mail over de wijziging.`}
        </p>
      )}
      {!performance.cancelledAt && (
        <p className="mb-6">
          <Link href={`/beheer/vrije-tijd/${performance.id}/bewerken`} className={buttonClass("secondary")}>
            Voorstelling wijzigen
          </Link>
        </p>
      )}
      {performance.cancelledAt && (
        <p role="status" className="mb-6 rounded-md border-l-4 border-red-700 bg-red-50 p-4">
          Geannuleerd op {formatDateTime(performance.cancelledAt)}: {performance.cancelReason}
        </p>
      )}
      <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="space-y-6">
          {open && (
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
          <Card title={`Bestellingen (${performance.orders.length})`}>
            <Table
              caption="Bestellingen voor deze voorstelling"
              columns={[
                { label: "Nummer" },
                { label: "Koper" },
                { label: "Bedrag", align: "right" },
                { label: "Status" },
                { label: "Actie" },
              ]}
              small
            >
              {performance.orders.map((o) => (
                <tr key={o.id} className="border-b border-slate-200 align-top">
                  <td className="py-2 pr-3 font-mono">{o.number}</td>
                  <td className="py-2 pr-3">
                    {o.buyerName}
                    <span className="block text-slate-700">{o.buyerEmail}</span>
                  </td>
                  <td className="py-2 pr-3 text-right">{formatEuro(o.totalCents)}</td>
                  <td className="py-2 pr-3">
                    {ORDER_STATUS_LABELS[o.status]}
                    {o.payments[0] && (
                      <span className="block text-slate-700">
                        {PAYMENT_METHOD_LABELS[o.payments[0].method]}
                      </span>
                    )}
                    {o.ogm && o.status === "PENDING" && (
                      <span className="block text-slate-700">wacht op overschrijving</span>
                    )}
                  </td>
                  <td className="py-2">
                    {o.status === "PAID" && (
                      <RefundForm orderId={o.id} number={o.number} totalCents={o.totalCents} />
                    )}
                  </td>
                </tr>
              ))}
            </Table>
          </Card>
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
              <CancelPerformanceForm id={performance.id} />
            </Card>
          )}
        </div>
      </div>
    </>
  );
}
