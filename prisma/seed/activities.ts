// Activities: settings, the fiscal maximum per day of childcare per year, two opening moments (the summer's is open, the swimming course opens in
// three days at 09:00), the activities (one in lottery mode, its preference window open for a week) with tariffs and sessions (each a capacity pool), the
// household details of the seeded children and a verified-resident mark for residents of Wingene,
// and the social tariff (UiTPAS kansentarief) of An Peeters' children: Wout's confirmed, Lotte's
// requested, so the staff list and both states in Mijn gezin show something.
// Upserts by slug and key, so running it again changes nothing.
import { childKey } from "@/lib/activities/child-key";
import { poolKey } from "@/lib/activities/rules";
import { addBrusselsDays, brusselsInstant, brusselsParts } from "@/lib/be/time";
import { ensurePool } from "@/lib/capacity";
import type { Db } from "@/lib/db/client";
import {
  activityParent,
  activitySeeds,
  childcareDayCaps,
  childDetails,
  demoOrganiser,
  socialTariffSeed,
} from "./activities-data";

const asDate = (key: string) => new Date(`${key}T00:00:00Z`);
const key = (d: Date) => d.toISOString().slice(0, 10);

async function openings(db: Db, now: Date) {
  const today = brusselsParts(now).dateKey;
  const summer = await db.registrationOpening.upsert({
    where: { id: "opening-zomer-2027" },
    update: {},
    create: {
      id: "opening-zomer-2027",
      label: "Zomer 2027",
      opensAt: brusselsInstant(addBrusselsDays(today, -1), 9 * 60),
      closesAt: brusselsInstant("2027-06-30", 23 * 60),
      admitBatch: 50,
    },
  });
  const swimming = await db.registrationOpening.upsert({
    where: { id: "opening-zwemmen-2027" },
    update: {},
    create: {
      id: "opening-zwemmen-2027",
      label: "Zwemlessen voorjaar 2027",
      opensAt: brusselsInstant(addBrusselsDays(today, 3), 9 * 60),
      closesAt: brusselsInstant("2027-02-28", 23 * 60),
      admitBatch: 50,
    },
  });
  return { summer: summer.id, swimming: swimming.id };
}

async function households(db: Db) {
  const { children, ...person } = activityParent;
  const parent = await db.user.upsert({ where: { email: person.email }, update: {}, create: person });
  if ((await db.householdMember.count({ where: { userId: parent.id } })) === 0)
    await db.householdMember.createMany({
      data: children.map((c) => ({ ...c, birthDate: asDate(c.birthDate), userId: parent.id })),
    });
  for (const m of await db.householdMember.findMany({ where: { childKey: null } }))
    await db.householdMember.update({
      where: { id: m.id },
      data: {
        childKey: childKey(m.firstName, m.lastName, key(m.birthDate)),
        ...(childDetails[`${m.firstName} ${m.lastName}`] ?? {}),
      },
    });
  // Residents whose address staff saw on their eID at the desk (demo): Wingene and its villages.
  const verified = await db.user.findMany({
    where: { email: { in: [activityParent.email, "an.peeters@example.be", "jan.devos@example.be"] } },
    select: { id: true },
  });
  await db.residentVerification.createMany({
    data: verified.map((u) => ({ userId: u.id })),
    skipDuplicates: true,
  });
}

async function socialTariffs(db: Db, now: Date) {
  const kids = await db.householdMember.findMany({
    where: { user: { email: "an.peeters@example.be" }, firstName: { in: ["Wout", "Lotte"] } },
  });
  const staffMember = await db.user.findUnique({ where: { email: socialTariffSeed.decidedBy } });
  for (const kid of kids) {
    const confirmed = kid.firstName === "Wout";
    await db.socialTariffClaim.upsert({
      where: { memberId: kid.id },
      update: {},
      create: {
        memberId: kid.id,
        uitpasNumber: confirmed ? socialTariffSeed.confirmed : socialTariffSeed.requested,
        ...(confirmed && {
          status: "CONFIRMED" as const,
          basis: "UITPAS_SEEN" as const,
          validUntil: new Date(Date.UTC(now.getUTCFullYear() + 1, 11, 31)),
          decidedById: staffMember?.id ?? null,
          decidedAt: now,
        }),
      },
    });
  }
}

export async function seedActivities(db: Db, now = new Date()) {
  await db.activitySettings.upsert({ where: { id: 1 }, update: {}, create: { id: 1 } });
  await db.childcareDayCap.createMany({ data: childcareDayCaps, skipDuplicates: true });
  const ids = await openings(db, now);
  const today = brusselsParts(now).dateKey;
  for (const { sessions, tariffs, opening, lottery, ...a } of activitySeeds) {
    const window = lottery && {
      allocationMode: "LOTTERY" as const,
      lotteryOpensAt: brusselsInstant(addBrusselsDays(today, -1), 9 * 60),
      lotteryClosesAt: brusselsInstant(addBrusselsDays(today, 7), 20 * 60),
    };
    const activity = await db.activity.upsert({
      where: { slug: a.slug },
      update: {},
      create: { ...a, ...window, openingId: ids[opening], tariffs: { create: tariffs } },
    });
    for (const { start, end, ...s } of sessions) {
      const id = `${a.slug}-${start}-${s.label.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`.slice(0, 120);
      const poolId = await ensurePool(db, poolKey(id), `${a.title}, ${s.label}`, s.capacity);
      await db.activitySession.upsert({
        where: { id },
        update: {},
        create: { ...s, id, activityId: activity.id, startDate: asDate(start), endDate: asDate(end), poolId },
      });
    }
  }
  await households(db);
  await socialTariffs(db, now);
}

/**
 * The demo organiser: a resident who sees the playground's participants (with their medical notes)
 * on /mijn/organisator and can write to their parents. A step of its own, so databases seeded
 * before it get it too.
 */
export async function seedActivityOrganiser(db: Db) {
  const [user, activity] = await Promise.all([
    db.user.findUnique({ where: { email: demoOrganiser.email }, select: { id: true } }),
    db.activity.findUnique({ where: { slug: demoOrganiser.activity }, select: { id: true } }),
  ]);
  if (!user || !activity) return;
  await db.activityOrganiser.upsert({
    where: { activityId_userId: { activityId: activity.id, userId: user.id } },
    update: {},
    create: { activityId: activity.id, userId: user.id },
  });
}
