-- CreateEnum
CREATE TYPE "HallCustomerCategory" AS ENUM ('RECOGNISED_ASSOCIATION', 'LOCAL_ASSOCIATION', 'RESIDENT', 'EXTERNAL');

-- CreateEnum
CREATE TYPE "HallRentalUnit" AS ENUM ('DAY_PART', 'HOURLY');

-- CreateEnum
CREATE TYPE "HallBookingStatus" AS ENUM ('REQUESTED', 'APPROVED', 'REFUSED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "HallDepositOutcome" AS ENUM ('RELEASED', 'PARTLY_KEPT', 'KEPT');

-- CreateTable
CREATE TABLE "HallCategory" (
    "code" "HallCustomerCategory" NOT NULL,
    "label" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "HallCategory_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "HallResidentPostcode" (
    "postcode" TEXT NOT NULL,
    "village" TEXT NOT NULL,

    CONSTRAINT "HallResidentPostcode_pkey" PRIMARY KEY ("postcode")
);

-- CreateTable
CREATE TABLE "HallDayPart" (
    "code" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "startMinutes" INTEGER NOT NULL,
    "endMinutes" INTEGER NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "HallDayPart_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Hall" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "village" TEXT NOT NULL,
    "street" TEXT NOT NULL,
    "postcode" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "capacity" INTEGER NOT NULL,
    "description" TEXT NOT NULL,
    "facilities" TEXT[],
    "rules" TEXT NOT NULL,
    "photoUrl" TEXT NOT NULL,
    "photoAlt" TEXT NOT NULL,
    "rentalUnit" "HallRentalUnit" NOT NULL,
    "opensAtMinutes" INTEGER NOT NULL DEFAULT 480,
    "closesAtMinutes" INTEGER NOT NULL DEFAULT 1380,
    "requiresApproval" BOOLEAN NOT NULL DEFAULT true,
    "depositCents" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Hall_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HallTariff" (
    "id" TEXT NOT NULL,
    "hallId" TEXT NOT NULL,
    "category" "HallCustomerCategory" NOT NULL,
    "unitCents" INTEGER NOT NULL,
    "bookingWindowMonths" INTEGER NOT NULL,
    "invoiceAllowed" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "HallTariff_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HallCancellationRule" (
    "id" TEXT NOT NULL,
    "hallId" TEXT NOT NULL,
    "minDaysBefore" INTEGER NOT NULL,
    "feePercent" INTEGER NOT NULL,
    "minimumCents" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "HallCancellationRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HallBookingSeries" (
    "id" TEXT NOT NULL,
    "hallId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "associationId" TEXT,
    "description" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HallBookingSeries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HallBooking" (
    "id" TEXT NOT NULL,
    "hallId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "associationId" TEXT,
    "category" "HallCustomerCategory" NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "status" "HallBookingStatus" NOT NULL,
    "slotLabel" TEXT NOT NULL,
    "units" INTEGER NOT NULL,
    "unitCents" INTEGER NOT NULL,
    "priceCents" INTEGER NOT NULL,
    "depositCents" INTEGER NOT NULL,
    "tariffLabel" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "invoiceLater" BOOLEAN NOT NULL DEFAULT false,
    "orderId" TEXT,
    "paidAt" TIMESTAMPTZ(3),
    "seriesId" TEXT,
    "createdById" TEXT,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMPTZ(3),
    "refusalReason" TEXT,
    "cancelledAt" TIMESTAMPTZ(3),
    "cancellationFeeCents" INTEGER,
    "depositOutcome" "HallDepositOutcome",
    "depositKeptCents" INTEGER,
    "depositReason" TEXT,
    "depositSettledAt" TIMESTAMPTZ(3),
    "depositSettledById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "HallBooking_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Hall_slug_key" ON "Hall"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "HallTariff_hallId_category_key" ON "HallTariff"("hallId", "category");

-- CreateIndex
CREATE UNIQUE INDEX "HallCancellationRule_hallId_minDaysBefore_key" ON "HallCancellationRule"("hallId", "minDaysBefore");

-- CreateIndex
CREATE UNIQUE INDEX "HallBooking_orderId_key" ON "HallBooking"("orderId");

-- CreateIndex
CREATE INDEX "HallBooking_hallId_startsAt_idx" ON "HallBooking"("hallId", "startsAt");

-- CreateIndex
CREATE INDEX "HallBooking_userId_idx" ON "HallBooking"("userId");

-- CreateIndex
CREATE INDEX "HallBooking_associationId_idx" ON "HallBooking"("associationId");

-- CreateIndex
CREATE INDEX "HallBooking_status_idx" ON "HallBooking"("status");

-- AddForeignKey
ALTER TABLE "HallTariff" ADD CONSTRAINT "HallTariff_hallId_fkey" FOREIGN KEY ("hallId") REFERENCES "Hall"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HallCancellationRule" ADD CONSTRAINT "HallCancellationRule_hallId_fkey" FOREIGN KEY ("hallId") REFERENCES "Hall"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HallBookingSeries" ADD CONSTRAINT "HallBookingSeries_hallId_fkey" FOREIGN KEY ("hallId") REFERENCES "Hall"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HallBooking" ADD CONSTRAINT "HallBooking_hallId_fkey" FOREIGN KEY ("hallId") REFERENCES "Hall"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HallBooking" ADD CONSTRAINT "HallBooking_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HallBooking" ADD CONSTRAINT "HallBooking_associationId_fkey" FOREIGN KEY ("associationId") REFERENCES "Association"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HallBooking" ADD CONSTRAINT "HallBooking_seriesId_fkey" FOREIGN KEY ("seriesId") REFERENCES "HallBookingSeries"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written: the database is the authority on hall availability. Two active bookings
-- (requested or approved) of the same hall never overlap. Ranges are half-open, so a booking
-- ending at 13:00 and one starting at 13:00 do not collide.
CREATE EXTENSION IF NOT EXISTS btree_gist;

ALTER TABLE "HallBooking" ADD CONSTRAINT "HallBooking_no_overlap"
  EXCLUDE USING gist ("hallId" WITH =, tstzrange("startsAt", "endsAt", '[)') WITH &&)
  WHERE (status IN ('REQUESTED', 'APPROVED'));

ALTER TABLE "HallBooking" ADD CONSTRAINT "HallBooking_period_check" CHECK ("endsAt" > "startsAt");
ALTER TABLE "HallBooking" ADD CONSTRAINT "HallBooking_money_check"
  CHECK ("units" > 0 AND "unitCents" >= 0 AND "priceCents" = "units" * "unitCents" AND "depositCents" >= 0);
ALTER TABLE "HallBooking" ADD CONSTRAINT "HallBooking_deposit_kept_check"
  CHECK ("depositKeptCents" IS NULL OR ("depositKeptCents" >= 0 AND "depositKeptCents" <= "depositCents"));
ALTER TABLE "HallTariff" ADD CONSTRAINT "HallTariff_values_check"
  CHECK ("unitCents" >= 0 AND "bookingWindowMonths" BETWEEN 0 AND 36);
ALTER TABLE "HallCancellationRule" ADD CONSTRAINT "HallCancellationRule_values_check"
  CHECK ("minDaysBefore" >= 0 AND "feePercent" BETWEEN 0 AND 100 AND "minimumCents" >= 0);
ALTER TABLE "HallDayPart" ADD CONSTRAINT "HallDayPart_minutes_check"
  CHECK ("startMinutes" >= 0 AND "endMinutes" <= 1440 AND "endMinutes" > "startMinutes");
ALTER TABLE "Hall" ADD CONSTRAINT "Hall_values_check"
  CHECK ("capacity" > 0 AND "depositCents" >= 0 AND "opensAtMinutes" >= 0 AND "closesAtMinutes" <= 1440 AND "closesAtMinutes" > "opensAtMinutes");
