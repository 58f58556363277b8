// The permission matrix: which staff role may do what. The one place to change who sees which
// part of /beheer; guards and navigation read it, nothing else hard-codes a role.
import type { StaffRole } from "@/generated/prisma/enums";

export const PERMISSIONS = [
  "residents:act-for",
  // Carry out a resident's right to erasure (lib/privacy/erase.ts): administrators only.
  "residents:erase",
  "frontoffice:manage",
  "reports:manage",
  "leisure:manage",
  // Activities and camps: sessions, participants, registering for a parent at the desk.
  "activities:manage",
  "tickets:scan",
  "loans:manage",
  "events:manage",
  "sites:manage",
  "staff:manage",
  "audit:read",
  // E-loket: handle the cases of one's own teams (which cases is data: TeamMember rows).
  "cases:handle",
  // Design product forms and publish versions (the form designer, a later step).
  "forms:design",
] as const;

export type Permission = (typeof PERMISSIONS)[number];

const MATRIX: Record<StaffRole, readonly Permission[]> = {
  FRONT_DESK: ["residents:act-for", "frontoffice:manage", "reports:manage", "cases:handle"],
  CALL_CENTRE: ["residents:act-for", "frontoffice:manage", "reports:manage"],
  CIVIL_AFFAIRS: ["residents:act-for", "frontoffice:manage", "cases:handle"],
  LEISURE: ["residents:act-for", "leisure:manage", "activities:manage", "tickets:scan", "loans:manage"],
  // Event dossiers are cases of the team Evenementen: the inbox and case pages need cases:handle.
  EVENTS: ["residents:act-for", "events:manage", "cases:handle"],
  TECHNICAL_SERVICE: ["reports:manage", "loans:manage"],
  ADMIN: PERMISSIONS,
};

export function permissionsFor(roles: readonly StaffRole[]): Set<Permission> {
  return new Set(roles.flatMap((role) => MATRIX[role]));
}
