import type { Metadata } from "next";
import { BookingForm } from "@/components/halls/booking-form";
import { buttonClass } from "@/components/ui/button-class";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { brusselsParts } from "@/lib/be/time";
import { requireStaff } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { getHall, listHalls } from "@/lib/halls/queries";

export const metadata: Metadata = { title: "Zalen - reserveren aan de balie" };

type Props = { searchParams: Promise<{ zaal?: string }> };

export default async function DeskBookingPage({ searchParams }: Props) {
  await requireStaff("leisure:manage", "/beheer/zalen/balie");
  const { zaal } = await searchParams;
  const [halls, hall, associations] = await Promise.all([
    listHalls(),
    zaal ? getHall(zaal) : null,
    db.association.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, recognised: true } }),
  ]);
  return (
    <>
      <PageHeader
        title="Reserveren aan de balie"
        intro="Voor een inwoner of vereniging aan de balie of aan de telefoon. Dezelfde regels als online; jij staat in de auditlog als medewerker die voor hen handelde."
      />
      <div className="grid gap-6 lg:grid-cols-[20rem_minmax(0,1fr)]">
        <Card title="Zaal">
          <form method="get" className="space-y-3">
            <label htmlFor="zaal" className="block font-semibold">
              Kies een zaal
            </label>
            <select
              id="zaal"
              name="zaal"
              defaultValue={zaal}
              className="block w-full rounded-md border border-slate-500 px-3 py-2"
            >
              {halls.map((h) => (
                <option key={h.id} value={h.slug}>
                  {h.name}
                </option>
              ))}
            </select>
            <button type="submit" className={buttonClass("secondary")}>
              Kiezen
            </button>
          </form>
        </Card>
        {hall && (
          <Card title={hall.name}>
            <BookingForm
              desk
              hall={{
                id: hall.id,
                rentalUnit: hall.rentalUnit,
                opensAtMinutes: hall.opensAtMinutes,
                closesAtMinutes: hall.closesAtMinutes,
                dayParts: hall.dayParts,
                invoiceAllowed: hall.tariffs.some((t) => t.invoiceAllowed),
              }}
              parties={associations}
              defaultBookFor="self"
              preset={{}}
              today={brusselsParts(new Date()).dateKey}
            />
          </Card>
        )}
      </div>
    </>
  );
}
