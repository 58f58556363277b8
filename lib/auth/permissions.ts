// The permission matrix: which staff role may do what. The one place to change who sees which
// part of /beheer; guards and navigation read it, nothing else hard-codes a role.
import type { StaffRole } from "@/generated/prisma/enums";

export const PERMISSIONS = [
  "residents:act-for",
  "frontoffice:manage",
  "reports:manage",
  "leisure:manage",
  "tickets:scan",
  "loans:manage",
  "events:manage",
  "sites:manage",
  "staff:manage",
  "audit:read",
] as const;

export type Permission = (typeof PERMISSIONS)[number];

export const ROLE_LABELS: Record<StaffRole, string> = {
  ONTHAAL: "Onthaal en snelbalie",
  CALLCENTER: "Callcenter",
  BURGERZAKEN: "Burgerzaken",
  VRIJE_TIJD: "Vrije tijd",
  EVENEMENTEN: "Evenementen",
  TECHNISCHE_DIENST: "Technische dienst",
  BEHEERDER: "Beheerder",
};

const MATRIX: Record<StaffRole, readonly Permission[]> = {
  ONTHAAL: ["residents:act-for", "frontoffice:manage", "reports:manage"],
  CALLCENTER: ["residents:act-for", "frontoffice:manage", "reports:manage"],
  BURGERZAKEN: ["residents:act-for", "frontoffice:manage"],
  VRIJE_TIJD: ["residents:act-for", "leisure:manage", "tickets:scan", "loans:manage"],
  EVENEMENTEN: ["residents:act-for", "events:manage"],
  TECHNISCHE_DIENST: ["reports:manage", "loans:manage"],
  BEHEERDER: PERMISSIONS,
};

export function permissionsFor(roles: readonly StaffRole[]): Set<Permission> {
  return new Set(roles.flatMap((role) => MATRIX[role]));
}
