// The pure rules of an invoice: its number, its due date and whether it is overdue. Dates are
// Europe/Brussels calendar days (YYYY-MM-DD keys), so a due date never shifts with DST.
import { addBrusselsDays, brusselsParts } from "@/lib/be/brussels-clock";
import { formatDateKey } from "@/lib/be/calendar-date";
import { ogmFromBase } from "@/lib/be/ogm";

export const DEFAULT_INVOICE_DUE_DAYS = 30;

/** Days from the due date to the first reminder, and from the first to the second (last) one. */
export type ReminderDays = { first: number; second: number };
export const DEFAULT_REMINDER_DAYS: ReminderDays = { first: 3, second: 14 };
/** The second reminder is the last one. */
export const LAST_REMINDER = 2;

/** F-2026-000001: the year of the invoice date and the running number within that year. */
export function formatInvoiceNumber(year: number, running: number): string {
  return `F-${year}-${String(running).padStart(6, "0")}`;
}

/** The Brussels calendar year an invoice made at `instant` is numbered in. */
export function invoiceYear(instant: Date): number {
  return Number(brusselsParts(instant).dateKey.slice(0, 4));
}

/** The due date: `days` calendar days after the Brussels day of the invoice. */
export function invoiceDueOn(invoicedAt: Date, days: number): string {
  if (!Number.isInteger(days) || days < 0)
    throw new RangeError(`days must be a whole number >= 0, got ${days}`);
  return addBrusselsDays(brusselsParts(invoicedAt).dateKey, days);
}

/** An unpaid invoice is overdue from the day after its due date (Brussels). */
export function isOverdue(dueOn: string, now: Date): boolean {
  return brusselsParts(now).dateKey > dueOn;
}

/**
 * The reminder an unpaid invoice is due for on `now`'s Brussels day: the first `days.first` days
 * after its due date, the second `days.second` days after the Brussels day of the first; none after
 * the second. `sent` is how many were sent, `lastSentAt` when the last one was.
 */
export function reminderDue(
  dueOn: string,
  sent: number,
  lastSentAt: Date | null,
  now: Date,
  days: ReminderDays,
): 1 | 2 | null {
  const today = brusselsParts(now).dateKey;
  if (sent === 0) return today >= addBrusselsDays(dueOn, days.first) ? 1 : null;
  if (sent === 1 && lastSentAt)
    return today >= addBrusselsDays(brusselsParts(lastSentAt).dateKey, days.second) ? 2 : null;
  return null;
}

/** A `date` column read by Prisma (midnight UTC) as its calendar day. */
export function dateKeyOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export type InvoiceState = "open" | "overdue" | "paid" | "void";

/** Where an invoice stands: paid, open, overdue (open past its due date) or void (its order was cancelled or refunded). */
export function invoiceState(status: string, dueOn: Date, now: Date): InvoiceState {
  if (status === "PAID") return "paid";
  if (status !== "PENDING") return "void";
  return isOverdue(dateKeyOf(dueOn), now) ? "overdue" : "open";
}

/** "factuur F-2026-000001, te betalen uiterlijk 31/12/2026 met mededeling +++…+++": for lines that name an open invoice. */
export function describeInvoice(order: {
  invoiceNumber: string;
  invoiceDueOn: Date | null;
  ogm: string | null;
}): string {
  const due = order.invoiceDueOn
    ? `, te betalen uiterlijk ${formatDateKey(dateKeyOf(order.invoiceDueOn))}`
    : "";
  const ogm = order.ogm ? ` met mededeling ${ogmFromBase(order.ogm.slice(0, 10))}` : "";
  return `factuur ${order.invoiceNumber}${due}${ogm}`;
}
