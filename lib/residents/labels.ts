// Dutch names of a member's role in an association, as residents see them.
import type { AssociationRole } from "@/generated/prisma/enums";

export const ASSOCIATION_ROLE_LABELS: Record<AssociationRole, string> = {
  MANAGER: "Beheerder",
  MEMBER: "Lid",
};
