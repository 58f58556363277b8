// Reads about one resident, always scoped by their own id: a viewer only ever passes their own id,
// or staff pass the resident they act for after requireStaff("residents:act-for").
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";

/**
 * Who staff may act for: residents, never an account with a staff role (the desk must not open
 * or change an administrator's profile through "act for a resident").
 */
export const ACTABLE_RESIDENT = { staffRoles: { none: {} } } satisfies Prisma.UserWhereInput;

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

/** Staff search by name or e-mail, for acting on behalf of a caller or visitor. */
export async function searchResidents(query: string) {
  const q = query.trim();
  if (q.length < 2) return [];
  return db.user.findMany({
    where: {
      ...ACTABLE_RESIDENT,
      OR: [{ name: { contains: q, mode: "insensitive" } }, { email: { contains: q, mode: "insensitive" } }],
    },
    select: {
      id: true,
      name: true,
      email: true,
      street: true,
      houseNumber: true,
      postcode: true,
      city: true,
    },
    orderBy: { name: "asc" },
    take: 25,
  });
}
