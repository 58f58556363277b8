// Mijn activiteiten: every registration of the parent's children as a DataList (cards on a phone),
// with the place on the waiting list, the pay link of an open order and cancelling.
import Link from "next/link";
import { DataList } from "@/components/ui/data-list";
import { formatDateKey } from "@/lib/be/calendar-date";
import { formatEuro } from "@/lib/be/money";
import { REGISTRATION_STATUS_LABELS } from "@/lib/activities/labels";
import type { MyRegistration } from "@/lib/activities/queries/mine";
import { CancelRegistration } from "./cancel-registration";
import { dateKeyOf as key } from "@/lib/be/date-key";

function status(r: MyRegistration) {
  if (r.status === "WAITING") return `${REGISTRATION_STATUS_LABELS.WAITING} (plaats ${r.position})`;
  if (r.status === "HELD" && r.order?.status === "PENDING")
    return (
      <>
        {REGISTRATION_STATUS_LABELS.HELD}: <Link href={`/bestelling/${r.order.accessToken}`}>betalen</Link>
      </>
    );
  if (r.status === "OFFERED") return `${REGISTRATION_STATUS_LABELS.OFFERED}: zie je e-mail`;
  return REGISTRATION_STATUS_LABELS[r.status];
}

export function MyRegistrations({ rows }: { rows: MyRegistration[] }) {
  return (
    <DataList
      caption="Inschrijvingen van mijn kinderen"
      rows={rows}
      rowKey={(r) => r.id}
      empty={
        <>
          Nog geen inschrijvingen. <Link href="/activiteiten">Bekijk de activiteiten</Link>.
        </>
      }
      columns={[
        { key: "child", label: "Kind", primary: true, cell: (r) => r.childName },
        {
          key: "what",
          label: "Activiteit",
          cell: (r) => (
            <Link href={`/activiteiten/${r.session.activity.slug}`}>
              {r.session.activity.title}, {r.session.label}
            </Link>
          ),
        },
        { key: "when", label: "Van", cell: (r) => formatDateKey(key(r.startDate)) },
        {
          key: "price",
          label: "Prijs",
          align: "right",
          cell: (r) => `${formatEuro(r.priceCents)} (${r.tariffLabel})`,
        },
        { key: "status", label: "Status", cell: status },
        {
          key: "cancel",
          label: "Annuleren",
          cell: (r) =>
            r.status === "CANCELLED" ? null : (
              <CancelRegistration
                registrationId={r.id}
                status={r.status}
                priceCents={r.priceCents}
                feeCents={r.session.activity.cancelFeeCents}
              />
            ),
        },
      ]}
    />
  );
}
