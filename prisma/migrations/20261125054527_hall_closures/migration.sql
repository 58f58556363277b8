-- AlterTable
ALTER TABLE "HallBooking" ADD COLUMN     "closureId" TEXT;

-- CreateTable
CREATE TABLE "HallClosure" (
    "id" TEXT NOT NULL,
    "hallId" TEXT NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "reason" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HallClosure_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "HallClosure_hallId_startsAt_idx" ON "HallClosure"("hallId", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "HallBooking_closureId_key" ON "HallBooking"("closureId");

-- AddForeignKey
ALTER TABLE "HallBooking" ADD CONSTRAINT "HallBooking_closureId_fkey" FOREIGN KEY ("closureId") REFERENCES "HallClosure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HallClosure" ADD CONSTRAINT "HallClosure_hallId_fkey" FOREIGN KEY ("hallId") REFERENCES "Hall"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A closure lasts a while and says why.
ALTER TABLE "HallClosure" ADD CONSTRAINT "HallClosure_period_check" CHECK ("endsAt" > "startsAt");
ALTER TABLE "HallClosure" ADD CONSTRAINT "HallClosure_reason_check" CHECK (length(btrim("reason")) > 0);
-- A closure's blocking row costs nothing and stays active until the closure is lifted (deleted).
ALTER TABLE "HallBooking" ADD CONSTRAINT "HallBooking_closure_check"
  CHECK ("closureId" IS NULL OR ("priceCents" = 0 AND "depositCents" = 0 AND "orderId" IS NULL AND status = 'APPROVED'));
