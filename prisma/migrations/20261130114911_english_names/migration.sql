-- English identifiers for enum values and for what was called "counter" (issue 10). Written by
-- hand: the schema engine's diff drops and recreates renamed enums, tables and columns, which would
-- lose the data. Everything here renames in place, so every row, default, CHECK and exclusion
-- constraint keeps working (enum defaults and literals in constraints refer to the value itself,
-- not to its label). The Dutch words shown to users live in lib/<domain>/labels.ts.

-- Enum values
ALTER TYPE "StaffRole" RENAME VALUE 'ONTHAAL' TO 'FRONT_DESK';
ALTER TYPE "StaffRole" RENAME VALUE 'CALLCENTER' TO 'CALL_CENTRE';
ALTER TYPE "StaffRole" RENAME VALUE 'BURGERZAKEN' TO 'CIVIL_AFFAIRS';
ALTER TYPE "StaffRole" RENAME VALUE 'VRIJE_TIJD' TO 'LEISURE';
ALTER TYPE "StaffRole" RENAME VALUE 'EVENEMENTEN' TO 'EVENTS';
ALTER TYPE "StaffRole" RENAME VALUE 'TECHNISCHE_DIENST' TO 'TECHNICAL_SERVICE';
ALTER TYPE "StaffRole" RENAME VALUE 'BEHEERDER' TO 'ADMIN';

ALTER TYPE "AssociationRole" RENAME VALUE 'BEHEERDER' TO 'MANAGER';
ALTER TYPE "AssociationRole" RENAME VALUE 'LID' TO 'MEMBER';

ALTER TYPE "ClosureKind" RENAME VALUE 'FEESTDAG' TO 'PUBLIC_HOLIDAY';
ALTER TYPE "ClosureKind" RENAME VALUE 'UITZONDERLIJK' TO 'EXCEPTIONAL';

ALTER TYPE "PaymentMethod" RENAME VALUE 'COUNTER_CASH' TO 'DESK_CASH';
ALTER TYPE "PaymentMethod" RENAME VALUE 'COUNTER_CARD' TO 'DESK_CARD';

ALTER TYPE "ReportKind" RENAME VALUE 'MELDING' TO 'ISSUE';
ALTER TYPE "ReportKind" RENAME VALUE 'KLACHT' TO 'COMPLAINT';
ALTER TYPE "ReportKind" RENAME VALUE 'SUGGESTIE' TO 'SUGGESTION';
ALTER TYPE "ReportKind" RENAME VALUE 'VRAAG' TO 'QUESTION';

ALTER TYPE "ReportChannel" RENAME VALUE 'TELEFOON' TO 'PHONE';
ALTER TYPE "ReportChannel" RENAME VALUE 'BALIE' TO 'DESK';

ALTER TYPE "ReportStatus" RENAME VALUE 'NIEUW' TO 'NEW';
ALTER TYPE "ReportStatus" RENAME VALUE 'IN_BEHANDELING' TO 'IN_PROGRESS';
ALTER TYPE "ReportStatus" RENAME VALUE 'WACHT_OP_INFO' TO 'AWAITING_INFO';
ALTER TYPE "ReportStatus" RENAME VALUE 'DOORGESTUURD' TO 'FORWARDED';
ALTER TYPE "ReportStatus" RENAME VALUE 'OPGELOST' TO 'RESOLVED';
ALTER TYPE "ReportStatus" RENAME VALUE 'AFGEWEZEN' TO 'REJECTED';
ALTER TYPE "ReportStatus" RENAME VALUE 'SAMENGEVOEGD' TO 'MERGED';

-- Counter (a place where staff receive residents) -> Desk
ALTER TYPE "CounterKind" RENAME TO "DeskKind";
ALTER TYPE "DeskKind" RENAME VALUE 'ONTHAAL' TO 'RECEPTION';
ALTER TYPE "DeskKind" RENAME VALUE 'SNELBALIE' TO 'EXPRESS';
ALTER TYPE "DeskKind" RENAME VALUE 'THEMABALIE' TO 'SPECIALIST';
ALTER TYPE "DeskKind" RENAME VALUE 'GESPREKSRUIMTE' TO 'MEETING_ROOM';

ALTER TABLE "Counter" RENAME TO "Desk";
ALTER TABLE "Desk" RENAME CONSTRAINT "Counter_pkey" TO "Desk_pkey";
ALTER TABLE "Desk" RENAME CONSTRAINT "Counter_siteId_fkey" TO "Desk_siteId_fkey";
ALTER INDEX "Counter_siteId_slug_key" RENAME TO "Desk_siteId_slug_key";

ALTER TABLE "AppointmentServiceCounter" RENAME TO "AppointmentServiceDesk";
ALTER TABLE "AppointmentServiceDesk" RENAME COLUMN "counterId" TO "deskId";
ALTER TABLE "AppointmentServiceDesk" RENAME CONSTRAINT "AppointmentServiceCounter_pkey" TO "AppointmentServiceDesk_pkey";
ALTER TABLE "AppointmentServiceDesk" RENAME CONSTRAINT "AppointmentServiceCounter_serviceId_fkey" TO "AppointmentServiceDesk_serviceId_fkey";
ALTER TABLE "AppointmentServiceDesk" RENAME CONSTRAINT "AppointmentServiceCounter_counterId_fkey" TO "AppointmentServiceDesk_deskId_fkey";
ALTER INDEX "AppointmentServiceCounter_counterId_idx" RENAME TO "AppointmentServiceDesk_deskId_idx";

ALTER TABLE "CounterAvailability" RENAME TO "DeskAvailability";
ALTER TABLE "DeskAvailability" RENAME COLUMN "counterId" TO "deskId";
ALTER TABLE "DeskAvailability" RENAME CONSTRAINT "CounterAvailability_pkey" TO "DeskAvailability_pkey";
ALTER TABLE "DeskAvailability" RENAME CONSTRAINT "CounterAvailability_counterId_fkey" TO "DeskAvailability_deskId_fkey";
ALTER TABLE "DeskAvailability" RENAME CONSTRAINT "CounterAvailability_window_check" TO "DeskAvailability_window_check";
ALTER INDEX "CounterAvailability_counterId_weekday_idx" RENAME TO "DeskAvailability_deskId_weekday_idx";

ALTER TABLE "CounterBlock" RENAME TO "DeskBlock";
ALTER TABLE "DeskBlock" RENAME COLUMN "counterId" TO "deskId";
ALTER TABLE "DeskBlock" RENAME CONSTRAINT "CounterBlock_pkey" TO "DeskBlock_pkey";
ALTER TABLE "DeskBlock" RENAME CONSTRAINT "CounterBlock_counterId_fkey" TO "DeskBlock_deskId_fkey";
ALTER TABLE "DeskBlock" RENAME CONSTRAINT "CounterBlock_times_check" TO "DeskBlock_times_check";
ALTER INDEX "CounterBlock_counterId_startsAt_idx" RENAME TO "DeskBlock_deskId_startsAt_idx";

ALTER TABLE "Appointment" RENAME COLUMN "counterId" TO "deskId";
ALTER TABLE "Appointment" RENAME CONSTRAINT "Appointment_counterId_fkey" TO "Appointment_deskId_fkey";
-- The exclusion constraint is named in lib/appointments (it tells a taken slot from other errors).
ALTER TABLE "Appointment" RENAME CONSTRAINT "Appointment_counter_no_overlap" TO "Appointment_desk_no_overlap";
ALTER INDEX "Appointment_counterId_startsAt_idx" RENAME TO "Appointment_deskId_startsAt_idx";

ALTER TABLE "QueueTicket" RENAME COLUMN "counterId" TO "deskId";
ALTER TABLE "QueueTicket" RENAME CONSTRAINT "QueueTicket_counterId_fkey" TO "QueueTicket_deskId_fkey";

-- The daily ticket numbering of the walk-in queue was also a "counter".
ALTER TABLE "QueueDayCounter" RENAME TO "QueueNumberSequence";
ALTER TABLE "QueueNumberSequence" RENAME CONSTRAINT "QueueDayCounter_pkey" TO "QueueNumberSequence_pkey";

-- The audit log names actions and subjects after the same words. Old rows follow, so a search for
-- "desk.blocked" finds every block. The details of old rows stay as they were written.
UPDATE "AuditLog" SET "action" = CASE "action"
    WHEN 'counter.created' THEN 'desk.created'
    WHEN 'counter.blocked' THEN 'desk.blocked'
    WHEN 'counter.unblocked' THEN 'desk.unblocked'
    WHEN 'counter-availability.added' THEN 'desk-availability.added'
    WHEN 'counter-availability.removed' THEN 'desk-availability.removed'
    WHEN 'tickets.sold-at-counter' THEN 'tickets.sold-at-desk'
  END
  WHERE "action" IN ('counter.created', 'counter.blocked', 'counter.unblocked', 'counter-availability.added',
    'counter-availability.removed', 'tickets.sold-at-counter');
UPDATE "AuditLog" SET "subjectType" = CASE "subjectType"
    WHEN 'Counter' THEN 'Desk'
    WHEN 'CounterAvailability' THEN 'DeskAvailability'
    WHEN 'CounterBlock' THEN 'DeskBlock'
  END
  WHERE "subjectType" IN ('Counter', 'CounterAvailability', 'CounterBlock');
