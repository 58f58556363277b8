-- Public holidays were ClosurePeriod rows, seeded for this year and next only. They are now
-- computed for every year (lib/be/holidays.ts) from the rules in "ClosingHoliday" below. The rows
-- the seed wrote go, and every other closure (a holiday staff added by hand too) stays.
DELETE FROM "ClosurePeriod"
WHERE "kind" = 'PUBLIC_HOLIDAY' AND "siteId" IS NULL AND "startsOn" = "endsOn"
  AND "reason" IN ('Nieuwjaar', 'Paasmaandag', 'Dag van de Arbeid', 'O.L.H. Hemelvaart',
    'Brugdag na O.L.H. Hemelvaart', 'Pinkstermaandag', 'Feest van de Vlaamse Gemeenschap',
    'Nationale feestdag', 'O.L.V. Hemelvaart', 'Allerheiligen', 'Allerzielen', 'Wapenstilstand',
    'Kerstmis', 'Tweede kerstdag');

-- AlterTable
ALTER TABLE "ClosurePeriod" DROP COLUMN "kind";

-- DropEnum
DROP TYPE "ClosureKind";

-- CreateTable
CREATE TABLE "ClosingHoliday" (
    "rule" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClosingHoliday_pkey" PRIMARY KEY ("rule")
);

-- The days the seed closed on: the official holidays, the Flemish Community's day, All Souls
-- Boxing Day and the Friday after Ascension.
INSERT INTO "ClosingHoliday" ("rule") VALUES
  ('01-01'), ('easter 1'), ('05-01'), ('easter 39'), ('easter 40'), ('easter 50'), ('07-11'),
  ('07-21'), ('08-15'), ('11-01'), ('11-02'), ('11-11'), ('12-25'), ('12-26');

-- CreateTable
CREATE TABLE "QueueDeskChoice" (
    "userId" TEXT NOT NULL,
    "siteId" TEXT NOT NULL,
    "deskId" TEXT NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "QueueDeskChoice_pkey" PRIMARY KEY ("userId","siteId")
);

-- AddForeignKey
ALTER TABLE "QueueDeskChoice" ADD CONSTRAINT "QueueDeskChoice_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QueueDeskChoice" ADD CONSTRAINT "QueueDeskChoice_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QueueDeskChoice" ADD CONSTRAINT "QueueDeskChoice_deskId_fkey" FOREIGN KEY ("deskId") REFERENCES "Desk"("id") ON DELETE CASCADE ON UPDATE CASCADE;
