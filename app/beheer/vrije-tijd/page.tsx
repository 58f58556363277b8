import type { Metadata } from "next";
import Link from "next/link";
import { TransferReceivedForm } from "@/components/tickets/admin/order-forms";
import { buttonClass } from "@/components/ui/button-class";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table } from "@/components/ui/table";
import { formatDateTime } from "@/lib/be/time";
import { requireStaff } from "@/lib/auth/guards";
import { listAllPerformances } from "@/lib/tickets/admin-queries";

export const metadata: Metadata = { title: "Vrije tijd - voorstellingen" };

function state(p: { published: boolean; cancelledAt: Date | null; startsAt: Date }) {
  if (p.cancelledAt) return "geannuleerd";
  if (p.startsAt < new Date()) return "voorbij";
  return p.published ? "gepubliceerd" : "niet gepubliceerd";
}

export default async function LeisurePage() {
  await requireStaff("leisure:manage", "/beheer/vrije-tijd");
  const performances = await listAllPerformances();
  return (
    <>
      <PageHeader
        title="Vrije tijd"
        intro="Voorstellingen van het cultuurseizoen: verkoop, betalingen en verkoop aan de balie."
      />
      <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_22rem]">
        <Card title="Voorstellingen">
          <p className="mb-4">
            <Link href="/beheer/vrije-tijd/nieuw" className={buttonClass("primary")}>
              Nieuwe voorstelling
            </Link>
          </p>
          <Table
            caption="Alle voorstellingen"
            columns={[
              { label: "Voorstelling" },
              { label: "Wanneer" },
              { label: "Verkocht", align: "right" },
              { label: "Status" },
            ]}
          >
            {performances.map((p) => (
              <tr key={p.id} className="border-b border-slate-200">
                <td className="py-2 pr-3">
                  <Link href={`/beheer/vrije-tijd/${p.id}`}>{p.title}</Link>
                </td>
                <td className="py-2 pr-3 whitespace-nowrap">{formatDateTime(p.startsAt)}</td>
                <td className="py-2 pr-3 text-right">
                  {p.taken} / {p.capacity}
                </td>
                <td className="py-2">{state(p)}</td>
              </tr>
            ))}
          </Table>
        </Card>
        <Card title="Overschrijving ontvangen">
          <TransferReceivedForm />
        </Card>
      </div>
    </>
  );
}
