import type { Metadata } from "next";
import Link from "next/link";
import { CallUs } from "@/components/appointments/call-us";
import { PageHeader } from "@/components/ui/page-header";
import { listServices } from "@/lib/appointments/queries";

export const metadata: Metadata = { title: "Afspraak maken" };

/** Step 1: the service. */
export default async function AppointmentServicesPage() {
  const services = await listServices();
  return (
    <>
      <PageHeader
        title="Afspraak maken"
        intro="Kies waarvoor je komt. Daarna kies je het gemeentehuis en een moment dat jou past, ook op dinsdagavond."
      />
      <ul className="grid gap-4 md:grid-cols-2">
        {services.map((s) => (
          <li key={s.id} className="rounded-lg border border-slate-300 bg-white p-5">
            <h2 className="text-xl font-bold">
              <Link href={`/afspraken/${s.slug}`}>{s.name}</Link>
            </h2>
            <p className="mt-1 text-slate-700">{s.description}</p>
            <p className="mt-2 text-sm">
              {s.capacityPerSlot > 1 ? "Groepssessie van" : "Duurt ongeveer"} {s.durationMinutes} minuten
            </p>
          </li>
        ))}
      </ul>
      <p className="mt-8 text-lg">
        Liever telefonisch? Bel <CallUs />: we boeken de afspraak voor je. Voor een snelle vraag kan je zonder
        afspraak langs aan de snelbalie.
      </p>
    </>
  );
}
