// A site's day at the front office, desk by desk: its closures (lifted after a confirmation) and
// its appointments (a table on a wide screen, cards on a phone) with what happened to each.
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { DataList } from "@/components/ui/data-list";
import { ConfirmAction } from "@/components/ui/form/confirm-action";
import type { AppointmentStatus } from "@/generated/prisma/enums";
import { APPOINTMENT_STATUS_LABELS } from "@/lib/appointments/labels";
import { removeBlockAction } from "@/lib/appointments/staff-actions";
import { formatTime } from "@/lib/be/time";
import { MarkButtons } from "./mark-buttons";

type Desk = {
  id: string;
  name: string;
  blocks: { id: string; startsAt: Date; endsAt: Date; reason: string }[];
  appointments: {
    id: string;
    startsAt: Date;
    endsAt: Date;
    name: string;
    phone: string | null;
    status: AppointmentStatus;
    service: { name: string };
  }[];
};

export function DayCalendar({ desks }: { desks: Desk[] }) {
  return desks.map((desk) => (
    <Card key={desk.id} title={desk.name}>
      {desk.blocks.map((b) => {
        const period = `${formatTime(b.startsAt)}–${formatTime(b.endsAt)}`;
        return (
          <div key={b.id} className="mb-3 space-y-2 rounded-md bg-slate-100 p-3">
            <p>
              <strong>Gesloten</strong> {period}: {b.reason}
            </p>
            <ConfirmAction
              action={removeBlockAction}
              fields={{ id: b.id }}
              trigger={
                <>
                  Opheffen<span className="sr-only"> (sluiting {period})</span>
                </>
              }
              consequence={`${desk.name} is weer open van ${period}: er kunnen weer afspraken geboekt worden.`}
              confirmLabel="Sluiting opheffen"
            />
          </div>
        );
      })}
      <DataList
        caption={`Afspraken ${desk.name}`}
        rows={desk.appointments}
        rowKey={(a) => a.id}
        empty="Geen afspraken."
        columns={[
          {
            key: "uur",
            label: "Uur",
            primary: true,
            cell: (a) => `${formatTime(a.startsAt)}–${formatTime(a.endsAt)}`,
          },
          {
            key: "wie",
            label: "Wie",
            cell: (a) => (
              <>
                <Link href={`/beheer/onthaal/afspraak/${a.id}`}>{a.name}</Link>
                {a.phone && <span className="block">{a.phone}</span>}
              </>
            ),
          },
          { key: "waarvoor", label: "Waarvoor", cell: (a) => a.service.name },
          { key: "status", label: "Status", cell: (a) => APPOINTMENT_STATUS_LABELS[a.status] },
          {
            key: "acties",
            label: "Acties",
            cell: (a) => <MarkButtons id={a.id} name={a.name} status={a.status} />,
          },
        ]}
      />
    </Card>
  ));
}
