// The opening benchmark's data, written straight into the throwaway database: N parents with 1-3
// children each, every child in the basket for one of the sessions, a database session per parent
// (as Auth.js keeps them), and an opening a few seconds ahead. Nothing here goes through the
// portal; what is measured is the waiting room and the click, through the production server.
import { randomBytes } from "node:crypto";
import { childKey } from "@/lib/activities/child-key";
import { poolKey } from "@/lib/activities/rules";
import { ensurePool } from "@/lib/capacity";
import type { Db } from "@/lib/db/client";

export const SESSION_COOKIE = "authjs.session-token";

export type Parent = { userId: string; cookie: string; children: number };

const letters = (n: number) =>
  Array.from({ length: n }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("");

export async function createOpening(
  db: Db,
  sessions: number,
  capacity: number,
  opensAt: Date,
  admitBatch?: number,
) {
  const opening = await db.registrationOpening.create({
    data: { label: "Bench", opensAt, closesAt: new Date(opensAt.getTime() + 86_400_000), admitBatch },
  });
  const activity = await db.activity.create({
    data: {
      slug: `bench-${letters(8)}`,
      title: "Benchkamp",
      kind: "CAMP",
      summary: "Bench",
      description: "Bench",
      organiser: "Bench",
      village: "Wingene",
      openingId: opening.id,
      tariffs: { create: [{ code: "NON_RESIDENT", label: "Niet-inwoner", dayCents: 1000, weekCents: 4000 }] },
    },
  });
  const ids: { id: string; poolId: string }[] = [];
  for (let i = 0; i < sessions; i++) {
    const id = `bench-session-${i}-${letters(6)}`;
    const poolId = await ensurePool(db, poolKey(id), `Bench ${i}`, capacity);
    await db.activitySession.create({
      data: {
        id,
        activityId: activity.id,
        label: `Week ${i + 1}`,
        startDate: new Date(`2027-07-${String(5 + i * 7).padStart(2, "0")}T00:00:00Z`),
        endDate: new Date(`2027-07-${String(9 + i * 7).padStart(2, "0")}T00:00:00Z`),
        days: 5,
        place: "Bench",
        minAge: 3,
        maxAge: 14,
        capacity,
        poolId,
      },
    });
    ids.push({ id, poolId });
  }
  return { openingId: opening.id, sessions: ids };
}

export async function createParents(db: Db, n: number, sessionIds: string[]): Promise<Parent[]> {
  const parents: Parent[] = [];
  for (let start = 0; start < n; start += 200) {
    const batch = Array.from({ length: Math.min(200, n - start) }, () => ({
      id: `bench_${randomBytes(10).toString("hex")}`,
      token: randomBytes(24).toString("hex"),
      children: 1 + Math.floor(Math.random() * 3),
    }));
    await db.user.createMany({
      data: batch.map((p) => ({ id: p.id, name: "Bench Ouder", email: `${p.id}@example.be` })),
    });
    await db.session.createMany({
      data: batch.map((p) => ({
        sessionToken: p.token,
        userId: p.id,
        expires: new Date(Date.now() + 86_400_000),
      })),
    });
    const members = batch.flatMap((p) =>
      Array.from({ length: p.children }, () => {
        const [firstName, lastName] = [letters(6), letters(8)];
        return {
          id: `benchm_${randomBytes(10).toString("hex")}`,
          userId: p.id,
          firstName,
          lastName,
          birthDate: new Date("2017-06-01T00:00:00Z"),
          childKey: childKey(firstName, lastName, "2017-06-01"),
        };
      }),
    );
    await db.householdMember.createMany({ data: members });
    await db.activityBasketLine.createMany({
      data: members.map((m) => ({
        userId: m.userId,
        memberId: m.id,
        sessionId: sessionIds[Math.floor(Math.random() * sessionIds.length)]!,
      })),
    });
    parents.push(
      ...batch.map((p) => ({ userId: p.id, cookie: `${SESSION_COOKIE}=${p.token}`, children: p.children })),
    );
  }
  return parents;
}
