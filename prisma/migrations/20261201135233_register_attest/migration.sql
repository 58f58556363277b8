-- AlterTable
ALTER TABLE "Product" ADD COLUMN     "issuedFromRegister" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "ResidentVerification" ADD COLUMN     "nationalNumber" TEXT,
ADD COLUMN     "nationalNumberAt" TIMESTAMPTZ(3),
ADD COLUMN     "nationalNumberById" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "ResidentVerification_nationalNumber_key" ON "ResidentVerification"("nationalNumber");

-- Only the bare 11 digits are stored, always with when they were recorded.
ALTER TABLE "ResidentVerification" ADD CONSTRAINT "ResidentVerification_nationalNumber_check"
  CHECK ("nationalNumber" IS NULL OR ("nationalNumber" ~ '^[0-9]{11}$' AND "nationalNumberAt" IS NOT NULL));
