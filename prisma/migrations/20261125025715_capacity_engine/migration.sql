-- CreateEnum
CREATE TYPE "HoldStatus" AS ENUM ('HELD', 'CONFIRMED', 'RELEASED', 'EXPIRED');

-- CreateTable
CREATE TABLE "CapacityPool" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "capacity" INTEGER NOT NULL,
    "taken" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CapacityPool_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CapacityHold" (
    "id" TEXT NOT NULL,
    "poolId" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,
    "status" "HoldStatus" NOT NULL DEFAULT 'HELD',
    "expiresAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CapacityHold_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CapacityPool_key_key" ON "CapacityPool"("key");

-- CreateIndex
CREATE INDEX "CapacityHold_reference_idx" ON "CapacityHold"("reference");

-- CreateIndex
CREATE INDEX "CapacityHold_status_expiresAt_idx" ON "CapacityHold"("status", "expiresAt");

-- CreateIndex
CREATE INDEX "CapacityHold_poolId_status_idx" ON "CapacityHold"("poolId", "status");

-- AddForeignKey
ALTER TABLE "CapacityHold" ADD CONSTRAINT "CapacityHold_poolId_fkey" FOREIGN KEY ("poolId") REFERENCES "CapacityPool"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: the database itself refuses over-booking, whatever the code does.
ALTER TABLE "CapacityPool" ADD CONSTRAINT "CapacityPool_taken_check" CHECK ("taken" >= 0 AND "taken" <= "capacity");
ALTER TABLE "CapacityPool" ADD CONSTRAINT "CapacityPool_capacity_check" CHECK ("capacity" >= 0);
ALTER TABLE "CapacityHold" ADD CONSTRAINT "CapacityHold_quantity_check" CHECK ("quantity" > 0);
ALTER TABLE "CapacityHold" ADD CONSTRAINT "CapacityHold_expiry_check" CHECK ("status" <> 'HELD' OR "expiresAt" IS NOT NULL);
