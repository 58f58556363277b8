// Requests waiting for a decision on the board: approve at once (or a whole series), or open the
// request to refuse it with a reason.
import Link from "next/link";
import { buttonClass } from "@/components/ui/button-class";
import { DataList } from "@/components/ui/data-list";
import { formatEuro } from "@/lib/be/money";
import { formatDate } from "@/lib/be/time";
import type { PendingRequest } from "@/lib/halls/queries/staff";
import { ApproveForm, ApproveSeriesForm } from "./decision-forms";

export function PendingRequests({ requests }: { requests: PendingRequest[] }) {
  return (
    <DataList
      caption="Openstaande aanvragen"
      rows={requests}
      rowKey={(b) => b.id}
      empty="Geen openstaande aanvragen."
      columns={[
        {
          key: "when",
          label: "Wanneer",
          primary: true,
          cell: (b) => (
            <>
              <Link href={`/beheer/zalen/${b.id}`}>
                {formatDate(b.startsAt)} {b.slotLabel}
              </Link>
              {b.seriesId && <span className="block text-sm font-normal">deel van een wekelijkse reeks</span>}
            </>
          ),
        },
        { key: "hall", label: "Zaal", cell: (b) => b.hall.name },
        {
          key: "who",
          label: "Aanvrager",
          cell: (b) => (
            <>
              {b.association?.name ?? b.user.name} <span className="block text-sm">{b.tariffLabel}</span>
            </>
          ),
        },
        { key: "rent", label: "Huur", align: "right", cell: (b) => formatEuro(b.priceCents) },
        {
          key: "decide",
          label: "Beslissen",
          cell: (b) => (
            <div className="space-y-2">
              <div className="flex flex-wrap gap-2">
                <ApproveForm
                  bookingId={b.id}
                  label={`Goedkeuren: ${b.hall.name} ${formatDate(b.startsAt)}`}
                />
                <Link href={`/beheer/zalen/${b.id}#weigeren`} className={buttonClass("secondary")}>
                  Weigeren…
                </Link>
              </div>
              {b.seriesId && b.seriesPending > 1 && (
                <ApproveSeriesForm seriesId={b.seriesId} pending={b.seriesPending} />
              )}
            </div>
          ),
        },
      ]}
    />
  );
}
