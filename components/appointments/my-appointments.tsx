// The resident's appointments: a table on a wide screen, cards on a phone. Each row opens the
// appointment; coming ones can be moved straight from the list.
import Link from "next/link";
import { DataList } from "@/components/ui/data-list";
import type { AppointmentStatus } from "@/generated/prisma/enums";
import { APPOINTMENT_STATUS_LABELS } from "@/lib/appointments/labels";
import { formatDateTime } from "@/lib/be/time";

type Row = {
  id: string;
  startsAt: Date;
  status: AppointmentStatus;
  service: { name: string };
  site: { name: string };
  desk: { name: string };
  bookedBy: { name: string | null } | null;
};

export function MyAppointments({
  caption,
  rows,
  movable,
}: {
  caption: string;
  rows: Row[];
  movable?: boolean;
}) {
  return (
    <DataList
      caption={caption}
      rows={rows}
      rowKey={(a) => a.id}
      empty="Geen afspraken."
      columns={[
        {
          key: "wanneer",
          label: "Wanneer",
          primary: true,
          cell: (a) => (
            <Link href={`/mijn/afspraken/${a.id}`}>
              {formatDateTime(a.startsAt)}
              <span className="sr-only">: {a.service.name}</span>
            </Link>
          ),
        },
        {
          key: "wat",
          label: "Wat",
          cell: (a) => (
            <>
              {a.service.name}
              {a.bookedBy && (
                <span className="block text-sm text-slate-700">Geboekt door {a.bookedBy.name}</span>
              )}
            </>
          ),
        },
        { key: "waar", label: "Waar", cell: (a) => `${a.site.name}, ${a.desk.name}` },
        { key: "status", label: "Status", cell: (a) => APPOINTMENT_STATUS_LABELS[a.status] },
        ...(movable
          ? [
              {
                key: "actie",
                label: "Actie",
                cell: (a: Row) =>
                  a.status === "BOOKED" ? (
                    <Link
                      href={`/mijn/afspraken/${a.id}/verplaatsen`}
                      aria-label={`Afspraak ${a.service.name} op ${formatDateTime(a.startsAt)} verplaatsen`}
                    >
                      Verplaatsen
                    </Link>
                  ) : null,
              },
            ]
          : []),
      ]}
    />
  );
}
