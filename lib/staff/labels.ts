// Dutch names of the staff roles, as staff see them in the back office.
import type { StaffRole } from "@/generated/prisma/enums";

export const STAFF_ROLE_LABELS: Record<StaffRole, string> = {
  FRONT_DESK: "Onthaal en snelbalie",
  CALL_CENTRE: "Callcenter",
  CIVIL_AFFAIRS: "Burgerzaken",
  LEISURE: "Vrije tijd",
  EVENTS: "Evenementen",
  TECHNICAL_SERVICE: "Technische dienst",
  ADMIN: "Beheerder",
};
