-- Availability and the take read only the lapsed HELD holds of a pool: (poolId, status, expiresAt) bounds both scans, whatever the number of active holds.
-- DropIndex
DROP INDEX "CapacityHold_poolId_status_idx";

-- CreateIndex
CREATE INDEX "CapacityHold_poolId_status_expiresAt_idx" ON "CapacityHold"("poolId", "status", "expiresAt");
