// Reads about one resident, always scoped by their own id: a viewer only ever passes their own id,
// or staff pass the resident they act for after requireStaff("residents:act-for").
import "server-only";
import { db } from "@/lib/db";

export async function getProfile(userId: string) {
  return db.user.findUnique({
    where: { id: userId },
    select: {
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
    },
  });
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

/** Staff search by name or e-mail, for acting on behalf of a caller or visitor. */
export async function searchResidents(query: string) {
  const q = query.trim();
  if (q.length < 2) return [];
  return db.user.findMany({
    where: {
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
