// Dutch words for the uitleendienst's states and moments.
import type { LoanSlotKind, LoanStatus, LoanStockChangeKind } from "@/generated/prisma/enums";
import { WEEKDAYS } from "@/lib/sites/labels";

export const LENDING_SERVICE = "Uitleendienst";

/** "1 stoel", "40 stoelen". */
export function unitsText(n: number, item: { unitSingular: string; unitPlural: string }): string {
  return `${n} ${n === 1 ? item.unitSingular : item.unitPlural}`;
}

export const LOAN_STATUS_LABELS: Record<LoanStatus | "LAPSED", string> = {
  RESERVED: "Wacht op betaling",
  CONFIRMED: "Bevestigd",
  HANDED_OUT: "Meegegeven",
  RETURNED: "Teruggebracht",
  SETTLED: "Afgerond",
  CANCELLED: "Geannuleerd",
  LAPSED: "Vervallen (niet betaald)",
};

/** "vrijdag" and "vr" for an ISO weekday (1 = Monday), from the portal's one list of weekdays. */
export const weekdayName = (isoWeekday: number) => WEEKDAYS[isoWeekday - 1]!;
export const weekdayShort = (isoWeekday: number) => weekdayName(isoWeekday).slice(0, 2);

export const STOCK_CHANGE_LABELS: Record<LoanStockChangeKind, string> = {
  REPAIR: "In herstelling",
  LOST: "Verloren",
};

/** The depot's moments and the technical service's windows, as staff read them. */
export const SLOT_KIND_LABELS: Record<LoanSlotKind, string> = {
  PICKUP: "Ophalen",
  RETURN: "Terugbrengen",
  DELIVERY: "Levering",
  COLLECTION: "Ophaling door de technische dienst",
};
