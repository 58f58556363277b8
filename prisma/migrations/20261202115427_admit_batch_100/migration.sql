-- AlterTable
ALTER TABLE "RegistrationOpening" ALTER COLUMN "admitBatch" SET DEFAULT 100;
