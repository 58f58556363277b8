import type { Metadata } from "next";
import Link from "next/link";
import { MyAppointments } from "@/components/appointments/my-appointments";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { appointmentsOf } from "@/lib/appointments/queries";
import { requireUser } from "@/lib/auth/guards";

export const metadata: Metadata = { title: "Mijn afspraken" };

type Props = { searchParams: Promise<{ verplaatst?: string; geannuleerd?: string }> };

export default async function MyAppointmentsPage({ searchParams }: Props) {
  const query = await searchParams;
  const actor = await requireUser("/mijn/afspraken");
  const { coming, past } = await appointmentsOf(actor.userId);
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
        <Card title="Komende afspraken">
          <MyAppointments caption="Mijn komende afspraken" rows={coming} movable />
        </Card>
        {past.length > 0 && (
          <Card title="Eerdere afspraken">
            <MyAppointments caption="Mijn eerdere afspraken" rows={past} />
          </Card>
        )}
      </div>
    </>
  );
}
