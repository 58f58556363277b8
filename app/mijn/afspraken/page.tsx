import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { InlineAction } from "@/components/ui/inline-action";
import { PageHeader } from "@/components/ui/page-header";
import { Table } from "@/components/ui/table";
import { cancelMineAction } from "@/lib/appointments/actions";
import { appointmentsOf } from "@/lib/appointments/queries";
import { APPOINTMENT_STATUS_LABELS } from "@/lib/appointments/labels";
import { requireUser } from "@/lib/auth/guards";
import { formatDateTime } from "@/lib/be/time";

export const metadata: Metadata = { title: "Mijn afspraken" };

type Props = { searchParams: Promise<{ verplaatst?: string }> };

export default async function MyAppointmentsPage({ searchParams }: Props) {
  const { verplaatst } = await searchParams;
  const actor = await requireUser("/mijn/afspraken");
  const appointments = await appointmentsOf(actor.userId);
  const now = new Date();
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
      {verplaatst && (
        <p role="status" className="mb-6 rounded-md border-l-4 border-brand-700 bg-brand-50 p-4 text-lg">
          Je afspraak is verplaatst. Je krijgt een bevestiging met het nieuwe tijdstip en een nieuwe
          persoonlijke link per e-mail.
        </p>
      )}
      <Card>
        {appointments.length === 0 ? (
          <p>Je hebt nog geen afspraken.</p>
        ) : (
          <Table
            caption="Mijn afspraken"
            columns={[
              { label: "Wanneer" },
              { label: "Wat" },
              { label: "Waar" },
              { label: "Status" },
              { label: "Actie" },
            ]}
          >
            {appointments.map((a) => (
              <tr key={a.id} className="border-b border-slate-200 align-top">
                <td className="py-2 pr-3">{formatDateTime(a.startsAt)}</td>
                <td className="py-2 pr-3">
                  {a.service.name}
                  {a.bookedBy && (
                    <span className="block text-sm text-slate-700">Geboekt door {a.bookedBy.name}</span>
                  )}
                </td>
                <td className="py-2 pr-3">
                  {a.site.name}, {a.desk.name}
                </td>
                <td className="py-2 pr-3">{APPOINTMENT_STATUS_LABELS[a.status]}</td>
                <td className="py-2 pr-3">
                  {a.status === "BOOKED" && a.startsAt > now ? (
                    <div className="flex flex-wrap items-center gap-3">
                      <Link
                        href={`/mijn/afspraken/${a.id}/verplaatsen`}
                        aria-label={`Afspraak ${a.service.name} op ${formatDateTime(a.startsAt)} verplaatsen`}
                      >
                        Verplaatsen
                      </Link>
                      <InlineAction
                        action={cancelMineAction}
                        fields={{ id: a.id }}
                        label={`Afspraak ${a.service.name} op ${formatDateTime(a.startsAt)} annuleren`}
                      >
                        Annuleren
                      </InlineAction>
                    </div>
                  ) : null}
                </td>
              </tr>
            ))}
          </Table>
        )}
      </Card>
    </>
  );
}
