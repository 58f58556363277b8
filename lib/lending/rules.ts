// Pure rules of the uitleendienst, unit-tested: which days a loan holds stock, which category a
// borrower falls in, the lead-time window in working days, and what accessories a basket needs.
import { addBrusselsDays } from "@/lib/be/time";
import { addWorkingDays, workingDaysBetween } from "@/lib/be/working-days";

/** The capacity pool of one item on one Brussels calendar day. */
export const poolKey = (itemId: string, dateKey: string) => `loan:${itemId}:${dateKey}`;

/** Every calendar day from pick-up to return, both included: the loan holds its stock on each. */
export function loanDays(pickupDate: string, returnDate: string): string[] {
  const days: string[] = [];
  for (let d = pickupDate; d <= returnDate; d = addBrusselsDays(d, 1)) days.push(d);
  return days;
}

export type CategoryRule = {
  code: string;
  forAssociation: boolean;
  recognisedOnly: boolean;
  staffOnly: boolean;
  sortOrder: number;
};

/** A private person borrows in the first private category; an association by its recognition. */
export function categoryFor<C extends CategoryRule>(
  categories: readonly C[],
  association: { recognised: boolean } | null,
): C | null {
  const sorted = [...categories].sort((a, b) => a.sortOrder - b.sortOrder);
  return (
    sorted.find(
      (c) =>
        !c.staffOnly &&
        c.forAssociation === Boolean(association) &&
        (!association || c.recognisedOnly === association.recognised),
    ) ?? null
  );
}

/** The same day `months` calendar months later (the last day of a shorter month). */
export function addMonths(dateKey: string, months: number): string {
  const [y, m, d] = dateKey.split("-").map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, "0")}-${String(Math.min(d, last)).padStart(2, "0")}`;
}

/** The first pick-up day and the last return day allowed when asking on `today`. */
export function leadWindow(today: string, leadWorkingDays: number, horizonMonths: number) {
  return { earliest: addWorkingDays(today, leadWorkingDays), latest: addMonths(today, horizonMonths) };
}

export type AccessoryRule = { itemId: string; accessoryId: string; perUnit: number; required: boolean };

export type AccessoryNeed = AccessoryRule & { needed: number; chosen: number };

/** Per chosen item, the accessories it requires or suggests and how many that makes. */
export function accessoryNeeds(
  quantities: Readonly<Record<string, number>>,
  rules: readonly AccessoryRule[],
): { missing: AccessoryNeed[]; suggested: AccessoryNeed[] } {
  const needed = new Map<string, AccessoryNeed>();
  for (const rule of rules) {
    const q = quantities[rule.itemId] ?? 0;
    if (q <= 0) continue;
    const key = `${rule.accessoryId}:${rule.required}`;
    const previous = needed.get(key);
    needed.set(key, {
      ...rule,
      needed: (previous?.needed ?? 0) + q * rule.perUnit,
      chosen: quantities[rule.accessoryId] ?? 0,
    });
  }
  const all = [...needed.values()].filter((n) => n.chosen < n.needed);
  return { missing: all.filter((n) => n.required), suggested: all.filter((n) => !n.required) };
}

/** What is kept back of the deposit: the fees, never more than the deposit. */
export function depositKept(feeCents: number, depositCents: number): number {
  return Math.min(Math.max(feeCents, 0), depositCents);
}

/** The last day a loan can be cancelled: `workingDays` working days before its pick-up remain. */
export function cancelDeadline(pickupDate: string, workingDays: number): string {
  let day = addBrusselsDays(pickupDate, -1);
  while (workingDaysBetween(day, pickupDate) < workingDays) day = addBrusselsDays(day, -1);
  return day;
}
