-- CreateEnum
CREATE TYPE "SocialTariffStatus" AS ENUM ('REQUESTED', 'CONFIRMED', 'REFUSED');

-- CreateEnum
CREATE TYPE "SocialTariffBasis" AS ENUM ('UITPAS_SEEN', 'OCMW_ATTEST', 'INCREASED_ALLOWANCE');

-- AlterTable
ALTER TABLE "ActivitySettings" ADD COLUMN     "socialExpiredDays" INTEGER NOT NULL DEFAULT 90,
ADD COLUMN     "socialRefusedDays" INTEGER NOT NULL DEFAULT 30,
ADD COLUMN     "socialSharePercent" INTEGER NOT NULL DEFAULT 20;

-- CreateTable
CREATE TABLE "SocialTariffClaim" (
    "id" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "uitpasNumber" TEXT NOT NULL,
    "status" "SocialTariffStatus" NOT NULL DEFAULT 'REQUESTED',
    "basis" "SocialTariffBasis",
    "validUntil" DATE,
    "refusalReason" TEXT,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SocialTariffClaim_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SocialTariffClaim_memberId_key" ON "SocialTariffClaim"("memberId");

-- CreateIndex
CREATE INDEX "SocialTariffClaim_status_createdAt_idx" ON "SocialTariffClaim"("status", "createdAt");

-- AddForeignKey
ALTER TABLE "SocialTariffClaim" ADD CONSTRAINT "SocialTariffClaim_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "HouseholdMember"("id") ON DELETE CASCADE ON UPDATE CASCADE;
