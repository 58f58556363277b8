/**
 * Belgian postal address formatting for letters, e-mails and the UI.
 */
import { z } from "zod";

export type BelgianAddress = {
  street: string;
  houseNumber: string;
  box?: string | null;
  postcode: string;
  city: string;
};

/** `Oude Bruggestraat 13 bus 2, 8750 Wingene`; "bus" is the Flemish term for an apartment box. */
export function formatAddress(address: BelgianAddress): string {
  const street = `${address.street.trim()} ${address.houseNumber.trim()}`;
  const box = address.box?.trim();
  const line1 = box ? `${street} bus ${box}` : street;
  return `${line1}, ${address.postcode.trim()} ${address.city.trim()}`;
}

/** Belgian postcodes are 4 digits and never start with 0. */
export const postcodeSchema = z
  .string()
  .trim()
  .regex(/^[1-9]\d{3}$/, { message: "Een Belgische postcode heeft 4 cijfers." });
