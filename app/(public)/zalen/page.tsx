import type { Metadata } from "next";
import Link from "next/link";
import { HallPhoto } from "@/components/halls/hall-photo";
import { PageHeader } from "@/components/ui/page-header";
import { formatEuro } from "@/lib/be/money";
import { bookingMode } from "@/lib/halls/labels";
import { listHalls } from "@/lib/halls/queries/catalogue";

export const metadata: Metadata = { title: "Zalen huren" };

export default async function HallsPage() {
  const halls = await listHalls();
  return (
    <>
      <PageHeader
        title="Zalen huren"
        intro="Feestzalen, een sporthal, vergaderzalen en een parochiecentrum in Wingene, Zwevezele en Ruiselede. Bekijk wanneer een zaal vrij is en reserveer als inwoner of namens je vereniging."
      />
      <ul className="grid gap-6 md:grid-cols-2">
        {halls.map((h, i) => (
          <li key={h.id} className="overflow-hidden rounded-lg border border-slate-300 bg-white">
            <HallPhoto hall={h} sizes={"(min-width: 768px) 50vw, 100vw"} eager={i < 2} />
            <div className="p-5">
              <h2 className="text-xl font-bold">
                <Link href={`/zalen/${h.slug}`}>{h.name}</Link>
              </h2>
              <p className="text-slate-700">
                {h.kind} in {h.village}
              </p>
              <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
                <dt className="font-semibold">Capaciteit</dt>
                <dd>{h.capacity} personen</dd>
                <dt className="font-semibold">Verhuur</dt>
                <dd>{h.rentalUnit === "HOURLY" ? "per uur" : "per dagdeel"}</dd>
                <dt className="font-semibold">Inwoners</dt>
                <dd>
                  {h.residentTariff
                    ? `${formatEuro(h.residentTariff.unitCents)} per ${h.rentalUnit === "HOURLY" ? "uur" : "dagdeel"}`
                    : "niet te huur"}
                </dd>
                <dt className="font-semibold">Reserveren</dt>
                <dd>{bookingMode(h.requiresApproval)}</dd>
              </dl>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
