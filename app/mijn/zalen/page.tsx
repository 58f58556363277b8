import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { Table } from "@/components/ui/table";
import { formatEuro } from "@/lib/be/money";
import { formatDate } from "@/lib/be/time";
import { requireUser } from "@/lib/auth/guards";
import { myHallBookings } from "@/lib/halls/my-queries";
import { BOOKING_STATUS_LABELS } from "@/lib/halls/labels";

export const metadata: Metadata = { title: "Mijn zaalreservaties" };

type Props = { searchParams: Promise<{ nieuw?: string; bezet?: string }> };

export default async function MyHallsPage({ searchParams }: Props) {
  const actor = await requireUser("/mijn/zalen");
  const [query, bookings] = await Promise.all([searchParams, myHallBookings(actor.userId)]);
  const collisions = (query.bezet ?? "").split(",").filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d));
  return (
    <>
      <PageHeader
        title="Mijn zaalreservaties"
        intro="Je eigen reservaties en die van de verenigingen waarvan je lid bent."
      />
      {query.nieuw && (
        <div role="status" className="mb-6 rounded-md border-l-4 border-brand-700 bg-brand-50 p-4">
          <p>We ontvingen je aanvraag. Je krijgt een e-mail zodra de dienst vrije tijd beslist heeft.</p>
          {collisions.length > 0 && (
            <p className="mt-2 font-semibold">
              Deze weken waren al bezet en zijn niet aangevraagd:{" "}
              {collisions.map((d) => d.split("-").reverse().join("/")).join(", ")}.
            </p>
          )}
        </div>
      )}
      {bookings.length === 0 ? (
        <p>
          Je hebt nog geen zaal gereserveerd. <Link href="/zalen">Bekijk de zalen</Link>.
        </p>
      ) : (
        <Table
          caption="Mijn zaalreservaties"
          columns={[
            { label: "Zaal" },
            { label: "Wanneer" },
            { label: "Voor" },
            { label: "Status" },
            { label: "Huur", align: "right" },
            { label: "Waarborg", align: "right" },
          ]}
        >
          {bookings.map((b) => (
            <tr key={b.id} className="border-b border-slate-200">
              <td className="py-2 pr-3">
                <Link href={`/mijn/zalen/${b.id}`}>{b.hall.name}</Link>
              </td>
              <td className="py-2 pr-3">
                {formatDate(b.startsAt)} {b.slotLabel}
              </td>
              <td className="py-2 pr-3">{b.association?.name ?? "mezelf"}</td>
              <td className="py-2 pr-3">
                {BOOKING_STATUS_LABELS[b.status]}
                {b.status === "APPROVED" &&
                  (b.paidAt ? ", betaald" : b.invoiceLater ? ", factuur achteraf" : ", nog te betalen")}
              </td>
              <td className="py-2 pr-3 text-right">{formatEuro(b.priceCents)}</td>
              <td className="py-2 text-right">{formatEuro(b.depositCents)}</td>
            </tr>
          ))}
        </Table>
      )}
    </>
  );
}
