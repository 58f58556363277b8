// Dutch labels of the e-loket's enum values.
import type { ProductAudience } from "@/generated/prisma/enums";

export const AUDIENCE_LABELS: Record<ProductAudience, string> = {
  RESIDENT: "Inwoners voor zichzelf",
  HOUSEHOLD_MEMBER: "Voor een gezinslid",
  ASSOCIATION: "Namens een vereniging",
};
