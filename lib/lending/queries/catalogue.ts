// The public catalogue of the uitleendienst: items with photo, stock, deposit, conditions, price
// per borrower category and accessories, the categories and the depot's slots. Cached for every
// visitor (CACHE_TAGS.lending, expired by the staff actions that change it); the stock free per
// day is not: it is read per request (queries/availability.ts).
import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { CACHE_TAGS } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { loanRetentionMonths } from "../retention";

export async function lendingCatalogue() {
  "use cache";
  cacheLife("max");
  cacheTag(CACHE_TAGS.lending);
  return loadCatalogue();
}

export async function loadCatalogue() {
  const [items, categories, slots, settings] = await Promise.all([
    db.loanItem.findMany({
      where: { active: true },
      orderBy: { sortOrder: "asc" },
      include: {
        prices: true,
        photo: { select: { id: true, width: true, height: true } },
        accessories: { include: { accessory: { select: { id: true, name: true, unitPlural: true } } } },
      },
    }),
    db.loanCategory.findMany({ orderBy: { sortOrder: "asc" } }),
    db.loanSlot.findMany({
      where: { active: true },
      orderBy: [{ isoWeekday: "asc" }, { startMinutes: "asc" }],
    }),
    db.loanSettings.findUnique({ where: { id: 1 } }),
  ]);
  return {
    items: items.map(({ prices, accessories, ...item }) => ({
      ...item,
      prices: categories.flatMap((c) => {
        const p = prices.find((x) => x.categoryCode === c.code);
        return p ? [{ code: c.code, label: c.label, unitCents: p.unitCents }] : [];
      }),
      accessories: accessories.map((a) => ({
        id: a.accessory.id,
        name: a.accessory.name,
        unitPlural: a.accessory.unitPlural,
        perUnit: a.perUnit,
        required: a.required,
      })),
    })),
    categories,
    slots,
    /** Delivery by the technical service: its price and the postcodes it serves. */
    delivery: { cents: settings?.deliveryCents ?? 0, postcodes: settings?.deliveryPostcodes ?? [] },
  };
}

export type Catalogue = Awaited<ReturnType<typeof loadCatalogue>>;
export type CatalogueItem = Catalogue["items"][number];

export async function catalogueItem(slug: string) {
  const { items, categories, slots } = await lendingCatalogue();
  const item = items.find((i) => i.slug === slug);
  return item ? { item, categories, slots } : null;
}

/** The privacy page states the period from the same row the nightly job reads. */
export async function publicLoanRetentionMonths(): Promise<number> {
  "use cache";
  cacheLife("max");
  cacheTag(CACHE_TAGS.lending);
  return loanRetentionMonths(db);
}
