// Which customer category a booking falls in. Pure: the caller loads the user's postcode, the
// association row and the municipality's resident postcodes (HallResidentPostcode).
import type { HallCustomerCategory } from "@/generated/prisma/enums";

export type CategoryInput = {
  /** The association the booking is for, when it is made on an association's behalf. */
  association: { recognised: boolean } | null;
  userPostcode: string | null;
  residentPostcodes: readonly string[];
};

export function determineCategory({
  association,
  userPostcode,
  residentPostcodes,
}: CategoryInput): HallCustomerCategory {
  // Every association in the register is a local one; recognition is the municipality's decision.
  if (association) return association.recognised ? "RECOGNISED_ASSOCIATION" : "LOCAL_ASSOCIATION";
  const postcode = userPostcode?.trim() ?? "";
  return residentPostcodes.includes(postcode) ? "RESIDENT" : "EXTERNAL";
}
