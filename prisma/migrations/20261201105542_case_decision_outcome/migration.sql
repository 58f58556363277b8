-- AlterTable
ALTER TABLE "Municipality" ADD COLUMN     "objectionDays" INTEGER NOT NULL DEFAULT 30;

-- AlterTable
ALTER TABLE "CaseStatus" ADD COLUMN     "refuses" BOOLEAN NOT NULL DEFAULT false;

-- The college refuses an event with its own status.
UPDATE "CaseStatus" SET "refuses" = true WHERE "workflowId" = 'events' AND "code" = 'REFUSED';

-- The e-loket decides with an outcome: its one status Beslist becomes Goedgekeurd and Geweigerd.
-- A case decided before this had the product document issued, so it was approved. On a fresh
-- database the workflow does not exist yet (the seed creates it) and nothing below changes a row.
INSERT INTO "CaseStatus" ("workflowId", "code", "label", "kind", "position", "initial", "refuses")
SELECT 'eloket', v.code, v.label, 'DECIDED', v.position, false, v.refuses
FROM (VALUES ('APPROVED', 'Goedgekeurd', 3, false), ('REFUSED', 'Geweigerd', 4, true))
  AS v(code, label, position, refuses)
WHERE EXISTS (SELECT 1 FROM "CaseStatus" WHERE "workflowId" = 'eloket' AND "code" = 'DECIDED')
ON CONFLICT DO NOTHING;

UPDATE "CaseStatus" SET "position" = 5
WHERE "workflowId" = 'eloket' AND "code" = 'CLOSED'
  AND EXISTS (SELECT 1 FROM "CaseStatus" WHERE "workflowId" = 'eloket' AND "code" = 'APPROVED');

INSERT INTO "CaseTransition" ("workflowId", "fromCode", "toCode", "label")
SELECT 'eloket', v.from_code, v.to_code, v.label
FROM (VALUES
  ('IN_PROGRESS', 'APPROVED', 'Goedkeuren'),
  ('IN_PROGRESS', 'REFUSED', 'Weigeren'),
  ('APPROVED', 'CLOSED', 'Afhandelen'),
  ('REFUSED', 'CLOSED', 'Afhandelen')) AS v(from_code, to_code, label)
WHERE EXISTS (SELECT 1 FROM "CaseStatus" WHERE "workflowId" = 'eloket' AND "code" = 'APPROVED')
ON CONFLICT DO NOTHING;

UPDATE "Case" SET "status" = 'APPROVED' WHERE "workflowId" = 'eloket' AND "status" = 'DECIDED';
UPDATE "CaseEvent" SET "toStatus" = 'APPROVED'
WHERE "toStatus" = 'DECIDED' AND "caseId" IN (SELECT "id" FROM "Case" WHERE "workflowId" = 'eloket');
UPDATE "CaseEvent" SET "fromStatus" = 'APPROVED'
WHERE "fromStatus" = 'DECIDED' AND "caseId" IN (SELECT "id" FROM "Case" WHERE "workflowId" = 'eloket');
DELETE FROM "CaseTransition"
WHERE "workflowId" = 'eloket' AND ('DECIDED' IN ("fromCode", "toCode"));
DELETE FROM "CaseStatus" WHERE "workflowId" = 'eloket' AND "code" = 'DECIDED';
