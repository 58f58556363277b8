// Test data for activities: an opening (its moment chosen per test), an activity with tariffs, a
// session with its capacity pool, and parents with children in their household.
import { randomUUID } from "node:crypto";
import { childKey } from "@/lib/activities/child-key";
import { poolKey } from "@/lib/activities/rules";
import { ensurePool } from "@/lib/capacity";
import { db } from "@/lib/db";

export async function opening(
  opensAt: Date,
  extra: { admitBatch?: number; waitingRoomMinutes?: number } = {},
) {
  return db.registrationOpening.create({
    data: {
      label: "Test opening",
      opensAt,
      closesAt: new Date(opensAt.getTime() + 30 * 86_400_000),
      admitBatch: extra.admitBatch ?? 1000,
      waitingRoomMinutes: extra.waitingRoomMinutes ?? 30,
    },
  });
}

export async function activity(
  openingId: string,
  extra: { siblingDiscountPercent?: number; cancelFeeCents?: number } = {},
) {
  return db.activity.create({
    data: {
      slug: `kamp-${randomUUID()}`,
      title: "Testkamp",
      kind: "CAMP",
      summary: "Test",
      description: "Test",
      organiser: "Jeugddienst",
      village: "Wingene",
      openingId,
      siblingDiscountPercent: extra.siblingDiscountPercent ?? 0,
      cancelFeeCents: extra.cancelFeeCents ?? 0,
      tariffs: {
        create: [
          { code: "RESIDENT", label: "Inwoner", dayCents: 1000, weekCents: 4000 },
          { code: "NON_RESIDENT", label: "Niet-inwoner", dayCents: 1500, weekCents: 6000 },
        ],
      },
    },
  });
}

export async function session(
  activityId: string,
  capacity: number,
  extra: { start?: string; end?: string; days?: number; minAge?: number; maxAge?: number } = {},
) {
  const id = `ses_${randomUUID()}`;
  const poolId = await ensurePool(db, poolKey(id), "Testperiode", capacity);
  return db.activitySession.create({
    data: {
      id,
      activityId,
      label: "Week 1",
      startDate: new Date(`${extra.start ?? "2027-07-05"}T00:00:00Z`),
      endDate: new Date(`${extra.end ?? "2027-07-09"}T00:00:00Z`),
      days: extra.days ?? 5,
      place: "Sporthal De Leeuw",
      minAge: extra.minAge ?? 6,
      maxAge: extra.maxAge ?? 12,
      capacity,
      poolId,
    },
  });
}

/** A random surname: letters only, since the child key ignores digits. */
const letters = () =>
  Array.from({ length: 10 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("");

export async function parent(children: { firstName: string; lastName?: string; birthDate: string }[] = []) {
  const user = await db.user.create({
    data: { email: `ouder-${randomUUID()}@example.be`, name: "Test Ouder" },
  });
  const members = [];
  for (const c of children) {
    const lastName = c.lastName ?? letters();
    members.push(
      await db.householdMember.create({
        data: {
          userId: user.id,
          firstName: c.firstName,
          lastName,
          birthDate: new Date(`${c.birthDate}T00:00:00Z`),
          childKey: childKey(c.firstName, lastName, c.birthDate),
        },
      }),
    );
  }
  return { user, members };
}

export const poolOf = (poolId: string) => db.capacityPool.findUniqueOrThrow({ where: { id: poolId } });
