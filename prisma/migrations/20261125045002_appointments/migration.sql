-- CreateEnum
CREATE TYPE "AppointmentStatus" AS ENUM ('BOOKED', 'ARRIVED', 'SERVED', 'NO_SHOW', 'CANCELLED');

-- CreateEnum
CREATE TYPE "QueueTicketStatus" AS ENUM ('WAITING', 'CALLED', 'DONE', 'NO_SHOW');

-- AlterTable
ALTER TABLE "MailMessage" ADD COLUMN     "attachments" JSONB;

-- CreateTable
CREATE TABLE "AppointmentService" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "whatToBring" TEXT NOT NULL,
    "durationMinutes" INTEGER NOT NULL,
    "bufferMinutes" INTEGER NOT NULL DEFAULT 0,
    "leadTimeMinutes" INTEGER NOT NULL DEFAULT 60,
    "sameDayAllowed" BOOLEAN NOT NULL DEFAULT true,
    "horizonDays" INTEGER NOT NULL DEFAULT 28,
    "capacityPerSlot" INTEGER NOT NULL DEFAULT 1,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "AppointmentService_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AppointmentServiceCounter" (
    "serviceId" TEXT NOT NULL,
    "counterId" TEXT NOT NULL,

    CONSTRAINT "AppointmentServiceCounter_pkey" PRIMARY KEY ("serviceId","counterId")
);

-- CreateTable
CREATE TABLE "CounterAvailability" (
    "id" TEXT NOT NULL,
    "counterId" TEXT NOT NULL,
    "weekday" INTEGER NOT NULL,
    "startsAt" INTEGER NOT NULL,
    "endsAt" INTEGER NOT NULL,

    CONSTRAINT "CounterAvailability_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CounterBlock" (
    "id" TEXT NOT NULL,
    "counterId" TEXT NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "reason" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CounterBlock_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Appointment" (
    "id" TEXT NOT NULL,
    "serviceId" TEXT NOT NULL,
    "counterId" TEXT NOT NULL,
    "siteId" TEXT NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "blockedUntil" TIMESTAMPTZ(3) NOT NULL,
    "slotKey" TEXT NOT NULL,
    "status" "AppointmentStatus" NOT NULL DEFAULT 'BOOKED',
    "userId" TEXT,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "phone" TEXT,
    "manageTokenHash" TEXT NOT NULL,
    "bookedById" TEXT,
    "followUpOfId" TEXT,
    "sequence" INTEGER NOT NULL DEFAULT 0,
    "reminderSentAt" TIMESTAMPTZ(3),
    "cancelledAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Appointment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QueueService" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "averageMinutes" INTEGER NOT NULL DEFAULT 5,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "QueueService_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QueueTicket" (
    "id" TEXT NOT NULL,
    "siteId" TEXT NOT NULL,
    "queueServiceId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "number" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "status" "QueueTicketStatus" NOT NULL DEFAULT 'WAITING',
    "trackToken" TEXT NOT NULL,
    "email" TEXT,
    "issuedById" TEXT,
    "counterId" TEXT,
    "calledById" TEXT,
    "calledAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "QueueTicket_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QueueDayCounter" (
    "siteId" TEXT NOT NULL,
    "queueServiceId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "last" INTEGER NOT NULL,

    CONSTRAINT "QueueDayCounter_pkey" PRIMARY KEY ("siteId","queueServiceId","day")
);

-- CreateIndex
CREATE UNIQUE INDEX "AppointmentService_slug_key" ON "AppointmentService"("slug");

-- CreateIndex
CREATE INDEX "AppointmentServiceCounter_counterId_idx" ON "AppointmentServiceCounter"("counterId");

-- CreateIndex
CREATE INDEX "CounterAvailability_counterId_weekday_idx" ON "CounterAvailability"("counterId", "weekday");

-- CreateIndex
CREATE INDEX "CounterBlock_counterId_startsAt_idx" ON "CounterBlock"("counterId", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "Appointment_manageTokenHash_key" ON "Appointment"("manageTokenHash");

-- CreateIndex
CREATE INDEX "Appointment_counterId_startsAt_idx" ON "Appointment"("counterId", "startsAt");

-- CreateIndex
CREATE INDEX "Appointment_siteId_startsAt_idx" ON "Appointment"("siteId", "startsAt");

-- CreateIndex
CREATE INDEX "Appointment_userId_startsAt_idx" ON "Appointment"("userId", "startsAt");

-- CreateIndex
CREATE INDEX "Appointment_status_startsAt_idx" ON "Appointment"("status", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "QueueService_slug_key" ON "QueueService"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "QueueService_prefix_key" ON "QueueService"("prefix");

-- CreateIndex
CREATE UNIQUE INDEX "QueueTicket_trackToken_key" ON "QueueTicket"("trackToken");

-- CreateIndex
CREATE INDEX "QueueTicket_siteId_day_status_createdAt_idx" ON "QueueTicket"("siteId", "day", "status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "QueueTicket_siteId_queueServiceId_day_number_key" ON "QueueTicket"("siteId", "queueServiceId", "day", "number");

-- AddForeignKey
ALTER TABLE "AppointmentServiceCounter" ADD CONSTRAINT "AppointmentServiceCounter_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "AppointmentService"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AppointmentServiceCounter" ADD CONSTRAINT "AppointmentServiceCounter_counterId_fkey" FOREIGN KEY ("counterId") REFERENCES "Counter"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CounterAvailability" ADD CONSTRAINT "CounterAvailability_counterId_fkey" FOREIGN KEY ("counterId") REFERENCES "Counter"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CounterBlock" ADD CONSTRAINT "CounterBlock_counterId_fkey" FOREIGN KEY ("counterId") REFERENCES "Counter"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appointment" ADD CONSTRAINT "Appointment_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "AppointmentService"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appointment" ADD CONSTRAINT "Appointment_counterId_fkey" FOREIGN KEY ("counterId") REFERENCES "Counter"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appointment" ADD CONSTRAINT "Appointment_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appointment" ADD CONSTRAINT "Appointment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appointment" ADD CONSTRAINT "Appointment_bookedById_fkey" FOREIGN KEY ("bookedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QueueTicket" ADD CONSTRAINT "QueueTicket_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QueueTicket" ADD CONSTRAINT "QueueTicket_queueServiceId_fkey" FOREIGN KEY ("queueServiceId") REFERENCES "QueueService"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QueueTicket" ADD CONSTRAINT "QueueTicket_counterId_fkey" FOREIGN KEY ("counterId") REFERENCES "Counter"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written: never double-booked. Appointments of one counter may not overlap over
-- [startsAt, blockedUntil) unless they share a slotKey (the seats of one group session);
-- cancelled appointments free their time.
CREATE EXTENSION IF NOT EXISTS btree_gist;

ALTER TABLE "Appointment" ADD CONSTRAINT "Appointment_counter_no_overlap"
  EXCLUDE USING gist ("counterId" WITH =, tstzrange("startsAt", "blockedUntil") WITH &&, "slotKey" WITH <>)
  WHERE ("status" <> 'CANCELLED');

ALTER TABLE "Appointment" ADD CONSTRAINT "Appointment_times_check"
  CHECK ("startsAt" < "endsAt" AND "endsAt" <= "blockedUntil");

ALTER TABLE "CounterBlock" ADD CONSTRAINT "CounterBlock_times_check" CHECK ("startsAt" < "endsAt");

ALTER TABLE "CounterAvailability" ADD CONSTRAINT "CounterAvailability_window_check"
  CHECK ("weekday" BETWEEN 1 AND 7 AND "startsAt" >= 0 AND "startsAt" < "endsAt" AND "endsAt" <= 1440);

ALTER TABLE "AppointmentService" ADD CONSTRAINT "AppointmentService_numbers_check"
  CHECK ("durationMinutes" > 0 AND "bufferMinutes" >= 0 AND "leadTimeMinutes" >= 0 AND "capacityPerSlot" >= 1 AND "horizonDays" >= 1);

ALTER TABLE "QueueTicket" ADD CONSTRAINT "QueueTicket_number_check" CHECK ("number" > 0);

ALTER TABLE "QueueService" ADD CONSTRAINT "QueueService_numbers_check" CHECK ("averageMinutes" > 0 AND char_length("prefix") = 1);
