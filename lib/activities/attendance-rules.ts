// Pure rules behind presence per day and the fiscal attest 281.86: which calendar days a session
// has, and which attended days an attest may count (a child under 14 on the day of care, under 21
// with a severe disability).
import { dateKeyOf as dayKey } from "@/lib/be/date-key";

/**
 * The days staff tick presence for. A session stores its dates and how many days it runs: when
 * the span holds more days than that (a week camp from Monday to Friday around a weekend, or a
 * week with a holiday), the weekend is left out; a pure weekend session keeps its own days.
 */
export function sessionDays(s: { startDate: Date; endDate: Date; days: number }): string[] {
  const all: Date[] = [];
  for (let t = s.startDate.getTime(); t <= s.endDate.getTime(); t += 86_400_000) all.push(new Date(t));
  const days = all.length > s.days ? all.filter((d) => d.getUTCDay() !== 0 && d.getUTCDay() !== 6) : all;
  return days.map(dayKey);
}

/** The child as the attest sees it: a severe disability moves the age limit from 14 to 21. */
export type AttestChild = { birthDate: Date; severeDisability: boolean };

/** The birthday (a date key) from which the care no longer counts: the 14th, or the 21st. */
export function attestAgeLimit(child: AttestChild): string {
  const d = new Date(child.birthDate);
  d.setUTCFullYear(d.getUTCFullYear() + (child.severeDisability ? 21 : 14));
  return dayKey(d);
}

export type PaidRegistration = {
  title: string;
  sessionDays: number;
  priceCents: number;
  attended: Date[];
};

export type AttestPeriod = {
  title: string;
  from: string;
  to: string;
  days: number;
  /** The day tariff actually paid. */
  dayCents: number;
  /** What was paid for the counted days. */
  amountCents: number;
  /** The same days at most at the fiscal maximum per day: what the parent may deduct. */
  deductibleCents: number;
};

/**
 * The periods of one child in one calendar year: per paid registration the attended days in that
 * year before the age limit (attestAgeLimit), the day tariff actually paid (the stored price over the session's
 * days), the amount for the counted days and that amount capped at `capCents` a day. A period
 * without a counted day is left out.
 */
export function attestPeriods(
  regs: PaidRegistration[],
  child: AttestChild,
  year: number,
  capCents: number,
): AttestPeriod[] {
  const limit = attestAgeLimit(child);
  const periods: AttestPeriod[] = [];
  for (const r of regs) {
    const counted = [...new Set(r.attended.map(dayKey))]
      .filter((k) => k.startsWith(`${year}-`) && k < limit)
      .sort();
    if (counted.length === 0 || r.sessionDays <= 0) continue;
    const days = Math.min(counted.length, r.sessionDays);
    const dayCents = Math.round(r.priceCents / r.sessionDays);
    // From the price itself, so all days attended add up to exactly what was paid.
    const amountCents = Math.round((r.priceCents * days) / r.sessionDays);
    periods.push({
      title: r.title,
      from: counted[0]!,
      to: counted.at(-1)!,
      days,
      dayCents,
      amountCents,
      deductibleCents: Math.min(amountCents, capCents * days),
    });
  }
  return periods.sort((a, b) => a.from.localeCompare(b.from));
}

/** The totals of an attest: days, paid and deductible. */
export function attestTotals(periods: AttestPeriod[]) {
  return {
    totalDays: periods.reduce((n, p) => n + p.days, 0),
    totalCents: periods.reduce((n, p) => n + p.amountCents, 0),
    deductibleCents: periods.reduce((n, p) => n + p.deductibleCents, 0),
  };
}
