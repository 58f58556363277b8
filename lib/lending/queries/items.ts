// What staff see of the uitleendienst's data: the items, one item with its prices per category,
// its units out of service and the loans that no longer fit (whom to call), the depot slots, and
// the borrower categories, delivery terms and the rules of every loan.
import "server-only";
import { brusselsParts } from "@/lib/be/time";
import { db } from "@/lib/db";
import { dateKeyOf, poolDay, stockOnDay } from "../stock-rules";
import { loansOnShortDays } from "../stock/conflicts";
import { outOfService } from "../stock/pools";
import { DEFAULT_RETENTION_MONTHS } from "../retention";

export const staffItems = () =>
  db.loanItem.findMany({
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: { id: true, name: true, stock: true, active: true, unitPlural: true },
  });

export async function staffItem(itemId: string, now = new Date()) {
  const item = await db.loanItem.findUnique({
    where: { id: itemId },
    include: { prices: true, photo: { select: { id: true, width: true, height: true } } },
  });
  if (!item) return null;
  const today = brusselsParts(now).dateKey;
  const [categories, changes] = await Promise.all([
    db.loanCategory.findMany({ orderBy: { sortOrder: "asc" } }),
    db.loanStockChange.findMany({
      where: { itemId, OR: [{ untilDate: null }, { untilDate: { gte: new Date(`${today}T00:00:00Z`) } }] },
      orderBy: { fromDate: "asc" },
    }),
  ]);
  return {
    ...item,
    categories,
    changes: changes.map((c) => ({
      ...c,
      fromDate: dateKeyOf(c.fromDate),
      untilDate: c.untilDate ? dateKeyOf(c.untilDate) : null,
    })),
    shortages: await shortagesOf(item, today, now),
  };
}

/** Loans on days from `today` where less is in stock than is promised (read without locks). */
async function shortagesOf(item: { id: string; stock: number }, today: string, now: Date) {
  const prefix = `loan:${item.id}:`;
  const pools = await db.capacityPool.findMany({
    where: { key: { gte: prefix + today, lte: `${prefix}9999-12-31` } },
    select: { id: true, key: true, taken: true },
  });
  const changes = (await outOfService(db, [item.id], today)).get(item.id) ?? [];
  const days = pools.map((p) => ({
    ...p,
    day: poolDay(p.key),
    stock: stockOnDay(item.stock, changes, poolDay(p.key)),
  }));
  return loansOnShortDays(db, days, now);
}

export const depotSlots = () =>
  db.loanSlot.findMany({ orderBy: [{ kind: "asc" }, { isoWeekday: "asc" }, { startMinutes: "asc" }] });

/** The settings page: every borrower category with how many loans it has, and the delivery terms. */
export async function lendingSettings() {
  const [categories, settings] = await Promise.all([
    db.loanCategory.findMany({
      orderBy: [{ sortOrder: "asc" }, { label: "asc" }],
      include: { _count: { select: { loans: true, prices: true } } },
    }),
    db.loanSettings.findUnique({ where: { id: 1 } }),
  ]);
  return {
    categories,
    delivery: { cents: settings?.deliveryCents ?? 0, postcodes: settings?.deliveryPostcodes ?? [] },
    // Without a row, what the commands that read them assume (cancel.ts, depot.ts, retention.ts).
    rules: {
      cancelWorkingDays: settings?.cancelWorkingDays ?? 3,
      lateFeePerDayCents: settings?.lateFeePerDayCents ?? 0,
      retentionMonths: settings?.retentionMonths ?? DEFAULT_RETENTION_MONTHS,
    },
  };
}
