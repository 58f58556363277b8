// The price of a booking: the hall's tariff for the customer's category times the units (day
// parts or hours). The deposit is separate and never part of the rent. Pure.
import type { HallCustomerCategory } from "@/generated/prisma/enums";

export type Tariff = { category: HallCustomerCategory; unitCents: number };

export type Quote = { units: number; unitCents: number; priceCents: number; depositCents: number };

export function quote(
  tariffs: readonly Tariff[],
  category: HallCustomerCategory,
  units: number,
  depositCents: number,
): Quote | null {
  if (!Number.isInteger(units) || units <= 0)
    throw new RangeError(`units must be a positive integer, got ${units}`);
  const tariff = tariffs.find((t) => t.category === category);
  if (!tariff) return null;
  return { units, unitCents: tariff.unitCents, priceCents: units * tariff.unitCents, depositCents };
}
