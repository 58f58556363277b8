// Reads about one resident, always scoped by their own id: a viewer only ever passes their own id,
// or staff pass the resident they act for after requireStaff("residents:act-for").
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { paged } from "@/lib/paging";

/**
 * Who staff may act for: residents, never an account with a staff role (the desk must not open
 * or change an administrator's profile through "act for a resident"), nor the empty account left
 * after an erasure.
 */
export const ACTABLE_RESIDENT = { staffRoles: { none: {} }, erasedAt: null } satisfies Prisma.UserWhereInput;

const profileFields = {
  id: true,
  name: true,
  email: true,
  phone: true,
  street: true,
  houseNumber: true,
  box: true,
  postcode: true,
  city: true,
  createdAt: true,
} satisfies Prisma.UserSelect;

/** The signed-in user's own profile. */
export async function getProfile(userId: string) {
  return db.user.findUnique({ where: { id: userId }, select: profileFields });
}

/** A resident's profile for staff acting for them; null for an unknown id or a staff account. */
export async function getResidentForStaff(userId: string) {
  return db.user.findFirst({ where: { id: userId, ...ACTABLE_RESIDENT }, select: profileFields });
}

export async function getHousehold(userId: string) {
  return db.householdMember.findMany({ where: { userId }, orderBy: { birthDate: "asc" } });
}

export async function getMemberships(userId: string) {
  return db.associationMember.findMany({
    where: { userId },
    include: { association: { select: { id: true, name: true, recognised: true, village: true } } },
    orderBy: { association: { name: "asc" } },
  });
}

/** Names of associations by id (to show an answer that names one). */
export async function getAssociationNames(ids: string[]) {
  return db.association.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
}

const residentWhere = (q: string): Prisma.UserWhereInput => ({
  ...ACTABLE_RESIDENT,
  OR: [{ name: { contains: q, mode: "insensitive" } }, { email: { contains: q, mode: "insensitive" } }],
});

const residentRow = {
  id: true,
  name: true,
  email: true,
  street: true,
  houseNumber: true,
  postcode: true,
  city: true,
} satisfies Prisma.UserSelect;

/**
 * Staff search by name or e-mail: the resident list (/beheer/inwoners) and every desk's picker (halls,
 * lending, leisure, e-loket). Every match, a page at a time (lib/paging), by name; null for a search
 * under two letters. `contains` is ILIKE '%q%': the trigram indexes on User.name and User.email
 * (prisma/schema.prisma) serve it, so a search does not scan every account.
 */
export async function findResidents(query: string, page: number) {
  const q = query.trim();
  if (q.length < 2) return null;
  const where = residentWhere(q);
  return paged(
    page,
    () => db.user.count({ where }),
    (window) =>
      db.user.findMany({ where, select: residentRow, orderBy: [{ name: "asc" }, { id: "asc" }], ...window }),
  );
}

export type FoundResidents = NonNullable<Awaited<ReturnType<typeof findResidents>>>;
export type ResidentMatch = FoundResidents["rows"][number];
