import type { Metadata } from "next";
import Link from "next/link";
import { ItemSettingsForm, RepairDone, RepairForm } from "@/components/lending/staff/item-forms";
import { StockShortages } from "@/components/lending/staff/stock-shortages";
import { Card } from "@/components/ui/card";
import { PublicPhotoForm } from "@/components/uploads/public-photo-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guards";
import { formatDateKey } from "@/lib/be/calendar-date";
import { notFound } from "@/lib/http/page-interrupts";
import { STOCK_CHANGE_LABELS } from "@/lib/lending/labels";
import { itemPhotoAction } from "@/lib/lending/item-actions";
import { staffItem } from "@/lib/lending/queries/items";

export const metadata: Metadata = { title: "Materiaal" };

type Props = { params: Promise<{ itemId: string }> };

export default async function ItemPage({ params }: Props) {
  const { itemId } = await params;
  await requireStaff("loans:manage", `/beheer/uitleendienst/materiaal/${itemId}`);
  const item = await staffItem(itemId);
  if (!item) notFound();
  return (
    <>
      <PageHeader title={item.name} intro={`${item.stock} ${item.unitPlural} in eigendom.`} />
      {item.shortages.length > 0 && <StockShortages conflicts={item.shortages} unit={item.unitPlural} />}
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title="Voorraad en prijzen">
          <ItemSettingsForm item={item} />
        </Card>
        <Card title="In herstelling zetten">
          <RepairForm itemId={item.id} />
        </Card>
        <Card title="Foto">
          <PublicPhotoForm
            action={itemPhotoAction}
            subjectId={item.id}
            current={item.photo}
            currentAlt={item.photoAlt ?? `Tekening: ${item.name.toLowerCase()}`}
            label="Foto van het materiaal"
          />
        </Card>
        <Card title="Buiten dienst">
          {item.changes.length === 0 ? (
            <p>Niets in herstelling of verloren.</p>
          ) : (
            <ul className="grid gap-3">
              {item.changes.map((c) => (
                <li key={c.id}>
                  {STOCK_CHANGE_LABELS[c.kind]}: {c.quantity} vanaf {formatDateKey(c.fromDate)}
                  {c.untilDate ? ` tot en met ${formatDateKey(c.untilDate)}` : ""}
                  {c.note ? ` (${c.note})` : ""}
                  {c.kind === "REPAIR" && <RepairDone changeId={c.id} />}
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
      <p className="mt-6">
        <Link href="/beheer/uitleendienst/materiaal">Terug naar het materiaal</Link>
      </p>
    </>
  );
}
