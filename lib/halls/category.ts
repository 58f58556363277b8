// Which customer category a booking falls in. Pure: the caller loads the association row and
// whether staff verified the user as a resident (lib/residents/verification.ts); a postcode the
// user typed into their profile is no basis for the resident tariff.
import type { HallCustomerCategory } from "@/generated/prisma/enums";

export type CategoryInput = {
  /** The association the booking is for, when it is made on an association's behalf. */
  association: { recognised: boolean } | null;
  verifiedResident: boolean;
};

export function determineCategory({ association, verifiedResident }: CategoryInput): HallCustomerCategory {
  // Every association in the register is a local one; recognition is the municipality's decision.
  if (association) return association.recognised ? "RECOGNISED_ASSOCIATION" : "LOCAL_ASSOCIATION";
  return verifiedResident ? "RESIDENT" : "EXTERNAL";
}
