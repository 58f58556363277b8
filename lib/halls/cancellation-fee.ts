// What cancelling costs, from the hall's rule steps (HallCancellationRule). Days are counted in
// Brussels calendar days between today and the day the booking starts. Pure.
import { brusselsParts } from "@/lib/be/time";

export type CancellationRule = { minDaysBefore: number; feePercent: number; minimumCents: number };

export function daysBefore(startsAt: Date, now: Date): number {
  const from = brusselsParts(now).dateKey;
  const to = brusselsParts(startsAt).dateKey;
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The fee in cents: the step with the largest `minDaysBefore` that still applies; never more than the rent. */
export function cancellationFee(
  rules: readonly CancellationRule[],
  priceCents: number,
  startsAt: Date,
  now: Date,
): { feeCents: number; feePercent: number; daysBefore: number } {
  const days = daysBefore(startsAt, now);
  const rule = [...rules]
    .sort((a, b) => b.minDaysBefore - a.minDaysBefore)
    .find((r) => days >= r.minDaysBefore);
  if (!rule || priceCents === 0) return { feeCents: 0, feePercent: rule?.feePercent ?? 0, daysBefore: days };
  const percentOf = Math.round((priceCents * rule.feePercent) / 100);
  const fee = rule.feePercent === 0 ? 0 : Math.max(percentOf, rule.minimumCents);
  return { feeCents: Math.min(fee, priceCents), feePercent: rule.feePercent, daysBefore: days };
}
