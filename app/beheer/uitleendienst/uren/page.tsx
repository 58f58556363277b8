import type { Metadata } from "next";
import { SlotForm } from "@/components/lending/staff/slot-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guards";
import { SLOT_KIND_LABELS, weekdayName } from "@/lib/lending/labels";
import { depotSlots } from "@/lib/lending/queries/items";

export const metadata: Metadata = { title: "Uren van het depot" };

export default async function DepotSlotsPage() {
  await requireStaff("loans:manage", "/beheer/uitleendienst/uren");
  const slots = await depotSlots();
  return (
    <>
      <PageHeader
        title="Uren van het depot"
        intro="Wanneer leners materiaal ophalen en terugbrengen, en wanneer de technische dienst levert en ophaalt."
      />
      <div className="grid gap-6 lg:grid-cols-2">
        {slots.map((s) => {
          const label = `${SLOT_KIND_LABELS[s.kind]} op ${weekdayName(s.isoWeekday)}`;
          return (
            <Card key={s.id} title={label}>
              <SlotForm slot={s} label={label} />
            </Card>
          );
        })}
      </div>
    </>
  );
}
