// Demo data in steps that each run once per database (recorded in SeedStep), so data staff change
// or delete later is never put back. Each step is also idempotent on its own (upserts).
import type { Db } from "@/lib/db/client";
import { associations, exceptionalClosures, municipality, residents, sites, staff } from "./data";
import { seedHalls } from "./halls";
import { seedLending } from "./lending";
import { seedAppointments } from "./appointments";
import { seedPerformances } from "./performances";
import { seedReports, seedReportsSettings } from "./reports";
import { seedEvents } from "./events";
import { seedActivities, seedActivityOrganiser } from "./activities";
import { seedEloket } from "./eloket";
import { seedResidentVerifications } from "./residents";
import { seedInvoices } from "./invoices";

const asDate = (key: string) => new Date(`${key}T00:00:00Z`);

async function seedPeople(db: Db) {
  for (const person of [...staff, ...residents]) {
    const {
      roles = [],
      household = [],
      ...profile
    } = person as typeof person & {
      roles?: (typeof staff)[number]["roles"];
      household?: (typeof residents)[number]["household"];
    };
    const user = await db.user.upsert({
      where: { email: profile.email },
      update: {},
      create: { ...profile, emailVerified: new Date() },
    });
    for (const role of roles) {
      await db.staffRoleAssignment.upsert({
        where: { userId_role: { userId: user.id, role } },
        update: {},
        create: { userId: user.id, role },
      });
    }
    if (household.length && (await db.householdMember.count({ where: { userId: user.id } })) === 0) {
      await db.householdMember.createMany({
        data: household.map((m) => ({ ...m, birthDate: asDate(m.birthDate), userId: user.id })),
      });
    }
  }
}

async function seedAssociations(db: Db) {
  for (const { members, ...association } of associations) {
    const row = await db.association.upsert({
      where: { slug: association.slug },
      update: {},
      create: association,
    });
    for (const member of members) {
      const user = await db.user.findUniqueOrThrow({ where: { email: member.email } });
      await db.associationMember.upsert({
        where: { associationId_userId: { associationId: row.id, userId: user.id } },
        update: {},
        create: { associationId: row.id, userId: user.id, role: member.role },
      });
    }
  }
}

async function seedSites(db: Db) {
  for (const { desks, hours, ...site } of sites) {
    const row = await db.site.upsert({ where: { slug: site.slug }, update: {}, create: site });
    for (const desk of desks) {
      await db.desk.upsert({
        where: { siteId_slug: { siteId: row.id, slug: desk.slug } },
        update: {},
        create: { ...desk, siteId: row.id },
      });
    }
    if ((await db.openingHours.count({ where: { siteId: row.id } })) === 0) {
      await db.openingHours.createMany({ data: hours.map((w) => ({ ...w, siteId: row.id })) });
    }
  }
}

// Public holidays are not seeded: lib/be/holidays.ts computes them for every year, and the
// migration that introduced ClosingHoliday set the days the town halls close on.
async function seedClosures(db: Db) {
  for (const c of exceptionalClosures) {
    const data = {
      siteId: c.site ? (await db.site.findUniqueOrThrow({ where: { slug: c.site } })).id : null,
      startsOn: asDate(c.startsOn),
      endsOn: asDate(c.endsOn),
      reason: c.reason,
    };
    const exists = await db.closurePeriod.findFirst({
      where: { siteId: data.siteId, startsOn: data.startsOn, reason: data.reason },
    });
    if (!exists) await db.closurePeriod.create({ data });
  }
}

/** Seed steps in order. Each runs once per database (SeedStep); add new steps at the end. */
const steps: { name: string; run: (db: Db, now: Date) => Promise<void> }[] = [
  {
    name: "basis",
    run: async (db) => {
      await db.municipality.upsert({ where: { id: 1 }, update: {}, create: { id: 1, ...municipality } });
      await seedSites(db);
      await seedClosures(db);
      await seedPeople(db);
      await seedAssociations(db);
    },
  },
  { name: "cultuurseizoen", run: seedPerformances },
  { name: "zalen", run: seedHalls },
  { name: "afspraken", run: seedAppointments },
  { name: "meldpunt", run: seedReports },
  { name: "meldpunt-instellingen", run: seedReportsSettings },
  { name: "uitleendienst", run: seedLending },
  { name: "e-loket", run: seedEloket },
  { name: "evenementen", run: seedEvents },
  { name: "activiteiten", run: seedActivities },
  { name: "inwoners-bevestigd", run: seedResidentVerifications },
  { name: "facturen", run: seedInvoices },
  { name: "activiteiten-begeleider", run: seedActivityOrganiser },
];

/** Runs the steps this database has not had yet; returns their names. */
export async function seed(db: Db, now = new Date()): Promise<string[]> {
  const done = new Set((await db.seedStep.findMany()).map((s) => s.name));
  const applied: string[] = [];
  for (const step of steps) {
    if (done.has(step.name)) continue;
    await step.run(db, now);
    await db.seedStep.create({ data: { name: step.name } });
    applied.push(step.name);
  }
  return applied;
}
