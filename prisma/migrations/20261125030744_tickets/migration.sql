-- CreateEnum
CREATE TYPE "TicketStatus" AS ENUM ('VALID', 'CANCELLED');

-- CreateEnum
CREATE TYPE "ScanResult" AS ENUM ('ADMITTED', 'ALREADY_USED', 'UNKNOWN', 'CANCELLED', 'WRONG_PERFORMANCE');

-- AlterTable
ALTER TABLE "Municipality" ADD COLUMN     "bic" TEXT,
ADD COLUMN     "iban" TEXT;

-- CreateTable
CREATE TABLE "Performance" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "subtitle" TEXT,
    "description" TEXT NOT NULL,
    "venueName" TEXT NOT NULL,
    "venueAddress" TEXT NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "durationMinutes" INTEGER,
    "salesStartAt" TIMESTAMPTZ(3) NOT NULL,
    "salesEndAt" TIMESTAMPTZ(3) NOT NULL,
    "published" BOOLEAN NOT NULL DEFAULT false,
    "holdMinutes" INTEGER NOT NULL DEFAULT 10,
    "transferDays" INTEGER NOT NULL DEFAULT 5,
    "cancelledAt" TIMESTAMPTZ(3),
    "cancelReason" TEXT,
    "poolId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Performance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TicketType" (
    "id" TEXT NOT NULL,
    "performanceId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "description" TEXT,
    "priceCents" INTEGER NOT NULL,
    "quotaPoolId" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "TicketType_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Ticket" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "performanceId" TEXT NOT NULL,
    "ticketTypeId" TEXT NOT NULL,
    "status" "TicketStatus" NOT NULL DEFAULT 'VALID',
    "admittedAt" TIMESTAMPTZ(3),
    "admittedBy" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Ticket_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TicketScan" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "ticketId" TEXT,
    "device" TEXT NOT NULL,
    "result" "ScanResult" NOT NULL,
    "scannedById" TEXT,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TicketScan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SeedStep" (
    "name" TEXT NOT NULL,
    "appliedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SeedStep_pkey" PRIMARY KEY ("name")
);

-- CreateIndex
CREATE UNIQUE INDEX "Performance_slug_key" ON "Performance"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Performance_poolId_key" ON "Performance"("poolId");

-- CreateIndex
CREATE INDEX "Performance_published_startsAt_idx" ON "Performance"("published", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "TicketType_quotaPoolId_key" ON "TicketType"("quotaPoolId");

-- CreateIndex
CREATE UNIQUE INDEX "TicketType_performanceId_code_key" ON "TicketType"("performanceId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "Ticket_code_key" ON "Ticket"("code");

-- CreateIndex
CREATE INDEX "Ticket_orderId_idx" ON "Ticket"("orderId");

-- CreateIndex
CREATE INDEX "Ticket_performanceId_idx" ON "Ticket"("performanceId");

-- CreateIndex
CREATE INDEX "TicketScan_ticketId_idx" ON "TicketScan"("ticketId");

-- AddForeignKey
ALTER TABLE "TicketType" ADD CONSTRAINT "TicketType_performanceId_fkey" FOREIGN KEY ("performanceId") REFERENCES "Performance"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ticket" ADD CONSTRAINT "Ticket_performanceId_fkey" FOREIGN KEY ("performanceId") REFERENCES "Performance"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ticket" ADD CONSTRAINT "Ticket_ticketTypeId_fkey" FOREIGN KEY ("ticketTypeId") REFERENCES "TicketType"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
-- Hand-written checks.
ALTER TABLE "TicketType" ADD CONSTRAINT "TicketType_price_check" CHECK ("priceCents" >= 0);
ALTER TABLE "Performance" ADD CONSTRAINT "Performance_sales_window_check" CHECK ("salesStartAt" < "salesEndAt");
ALTER TABLE "Ticket" ADD CONSTRAINT "Ticket_admitted_check" CHECK (("admittedAt" IS NULL) = ("admittedBy" IS NULL));
