// The basket island of the uitleendienst: the form for a signed-in visitor (with the associations
// they are an officer of), else the way to sign in. Read per request. Opened from an event dossier
// (`?dossier=`), the form carries it when it is the visitor's own open one.
import { getActor } from "@/lib/auth/actor";
import { isCalendarDate } from "@/lib/be/calendar-date";
import { brusselsParts } from "@/lib/be/time";
import { ownOpenDossier } from "@/lib/events/dossier";
import type { Catalogue } from "@/lib/lending/queries/catalogue";
import { officerOf } from "@/lib/lending/queries/mine";
import { leadWindow } from "@/lib/lending/rules";
import { BasketForm, type BasketItem } from "./basket-form";
import { SignInToBorrow } from "./sign-in-to-borrow";

export function basketItems(catalogue: Catalogue): BasketItem[] {
  return catalogue.items.map((i) => ({
    id: i.id,
    name: i.name,
    unitPlural: i.unitPlural,
    stock: i.stock,
    depositCents: i.depositCents,
    fromCents: i.prices.length
      ? Math.min(...i.prices.filter((p) => p.code !== "INTERNAL").map((p) => p.unitCents))
      : null,
    needs: i.accessories.map(
      (a) => `${a.required ? "vraagt" : "met"} ${a.perUnit} ${a.unitPlural.toLowerCase()} per stuk`,
    ),
  }));
}

/** Delivery as the basket offers it: only when some item may be delivered. */
export function deliveryOffer(catalogue: Catalogue) {
  const items = catalogue.items.filter((i) => i.deliverable).map((i) => i.unitPlural);
  return items.length ? { ...catalogue.delivery, items } : null;
}

/** The earliest pick-up for a private borrower: the shortest public lead time. */
export function earliestPickup(catalogue: Catalogue, now = new Date()): string {
  const open = catalogue.categories.filter((c) => !c.staffOnly);
  const lead = Math.min(...open.map((c) => c.leadWorkingDays));
  return leadWindow(brusselsParts(now).dateKey, lead, 0).earliest;
}

export async function BasketCard({
  catalogue,
  query,
}: {
  catalogue: Catalogue;
  query: Promise<{ item?: string; van?: string; tot?: string; dossier?: string }>;
}) {
  const [{ item, van, tot, dossier }, actor] = await Promise.all([query, getActor()]);
  if (!actor) return <SignInToBorrow />;
  const [parties, forEvent] = await Promise.all([
    officerOf(actor.userId),
    dossier ? ownOpenDossier(dossier.slice(0, 40), actor.userId) : null,
  ]);
  const acting = parties.find((p) => p.id === actor.actingFor?.id);
  return (
    <BasketForm
      items={basketItems(catalogue)}
      slots={catalogue.slots}
      delivery={deliveryOffer(catalogue)}
      parties={parties}
      defaultBorrowFor={acting?.id ?? "self"}
      preset={{
        item: catalogue.items.find((i) => i.slug === item)?.id,
        from: van && isCalendarDate(van) ? van : undefined,
        until: tot && isCalendarDate(tot) ? tot : undefined,
      }}
      forEvent={forEvent ?? undefined}
      earliest={earliestPickup(catalogue)}
    />
  );
}
