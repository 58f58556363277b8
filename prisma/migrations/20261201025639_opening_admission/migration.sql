-- AlterTable
ALTER TABLE "RegistrationOpening" DROP COLUMN "admitPerSecond",
ADD COLUMN     "admitBatch" INTEGER NOT NULL DEFAULT 50,
ADD COLUMN     "admitted" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "admittedAt" TIMESTAMPTZ(3);
