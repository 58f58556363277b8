// Holidays are rules, not rows: staff choose the days every town hall closes on, and the dates of
// every year follow on the public pages and in the slots. The migration that made them rules
// removed the rows the seed wrote for two years and kept every other closure.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSlotInput } from "@/lib/appointments/slot-input";
import { generateSlots } from "@/lib/appointments/slots";
import { addBrusselsDays, brusselsInstant, brusselsParts } from "@/lib/be/time";
import { db } from "@/lib/db";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrations";
import { setClosingHolidays } from "@/lib/sites/commands";
import { getSitesWithHours } from "@/lib/sites/queries";
import { siteMessages } from "@/lib/sites/messages";
import { seed } from "@/prisma/seed";
import { createScratchDatabase, type ScratchDatabase, withClient } from "./scratch-database";

const admin = () => db.user.create({ data: { email: `admin-${randomUUID()}@example.be` } });
const rules = async () => (await db.closingHoliday.findMany({ orderBy: { rule: "asc" } })).map((r) => r.rule);

describe("closing holidays", () => {
  beforeAll(async () => {
    await seed(db);
  });

  it("close every town hall on the chosen holidays of every year, in the slots too, and are audited", async () => {
    const [actor, before] = await Promise.all([admin(), rules()]);
    try {
      // Only Christmas and Easter Monday from now on.
      await setClosingHolidays(actor.id, { rules: ["12-25", "easter 1"] });
      expect(await rules()).toEqual(["12-25", "easter 1"]);
      const now = new Date();
      const sites = await getSitesWithHours(now);
      const { year, dateKey: today } = brusselsParts(now);
      const christmas = `${year}-12-25` >= today ? `${year}-12-25` : `${year + 1}-12-25`;
      for (const site of sites) {
        expect(site.closures).toContainEqual({ startsOn: christmas, endsOn: christmas, reason: "Kerstmis" });
        expect(site.closures.filter((c) => c.reason === "Paasmaandag")).toHaveLength(1);
        expect(site.closures.map((c) => c.reason)).not.toContain("Wapenstilstand");
      }
      const audit = await db.auditLog.findFirstOrThrow({
        where: { actorId: actor.id, action: "closing-holidays.set" },
      });
      expect(audit.details).toMatchObject({ after: ["12-25", "easter 1"] });

      // No slot on the next Easter Monday; the Tuesday after it has slots again.
      const service = await db.appointmentService.findUniqueOrThrow({ where: { slug: "afval-en-milieu" } });
      const wingene = sites.find((s) => s.slug === "gemeentehuis-wingene")!;
      const easterMonday = wingene.closures.find((c) => c.reason === "Paasmaandag")!.startsOn;
      const input = await loadSlotInput({
        serviceId: service.id,
        siteId: wingene.id,
        now: brusselsInstant(addBrusselsDays(easterMonday, -3), 600),
        from: easterMonday,
        to: easterMonday,
      });
      expect(generateSlots(input!)).toEqual([]);
    } finally {
      await setClosingHolidays(actor.id, { rules: before });
    }
    expect(await rules()).toEqual(before);
  });

  it("refuse a rule that is no holiday, next to the field, and change nothing", async () => {
    const [actor, before] = await Promise.all([admin(), rules()]);
    await expect(setClosingHolidays(actor.id, { rules: ["12-25", "02-14"] })).rejects.toMatchObject({
      field: "rules",
      message: siteMessages.unknownHoliday,
    });
    expect(await rules()).toEqual(before);
  });
});

describe("the migration from holiday rows to holiday rules", () => {
  const BEFORE = "20261130123556_stored_files";
  let scratch: ScratchDatabase;
  let scratchDb: Db;

  beforeAll(async () => {
    scratch = await createScratchDatabase("holiday_rules");
    await applyMigrations(scratch.url, BEFORE);
    await withClient(scratch.url, (client) =>
      client.query(`
        INSERT INTO "Site" (id, slug, name, street, postcode, city) VALUES ('s1', 'w', 'Wingene', 'Markt 1', '8750', 'Wingene');
        INSERT INTO "ClosurePeriod" (id, "siteId", "startsOn", "endsOn", reason, kind) VALUES
          ('k1', NULL, '2026-12-25', '2026-12-25', 'Kerstmis', 'PUBLIC_HOLIDAY'),
          ('k2', NULL, '2027-03-29', '2027-03-29', 'Paasmaandag', 'PUBLIC_HOLIDAY'),
          ('k3', NULL, '2026-12-31', '2026-12-31', 'Oudejaarsdag', 'EXCEPTIONAL'),
          ('k4', 's1', '2026-12-18', '2026-12-18', 'Opleiding personeel', 'EXCEPTIONAL'),
          ('k5', NULL, '2027-09-27', '2027-09-27', 'Kermismaandag', 'PUBLIC_HOLIDAY');
      `),
    );
    await applyMigrations(scratch.url);
    scratchDb = createPrismaClient(scratch.url, 2);
  });

  afterAll(async () => {
    await scratchDb?.$disconnect();
    await scratch?.drop();
  });

  it("removes the seeded holiday rows and keeps exceptional closures and hand-added days", async () => {
    const left = await scratchDb.closurePeriod.findMany({ orderBy: { id: "asc" }, select: { id: true } });
    expect(left.map((c) => c.id)).toEqual(["k3", "k4", "k5"]);
  });

  it("closes on the days the seed closed on, now for every year", async () => {
    const stored = (await scratchDb.closingHoliday.findMany()).map((r) => r.rule).sort();
    expect(stored).toEqual(
      [
        "01-01",
        "easter 1",
        "05-01",
        "easter 39",
        "easter 40",
        "easter 50",
        "07-11",
        "07-21",
        "08-15",
        "11-01",
        "11-02",
        "11-11",
        "12-25",
        "12-26",
      ].sort(),
    );
  });
});
