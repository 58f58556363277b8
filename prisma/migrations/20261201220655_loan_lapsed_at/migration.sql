-- AlterTable
ALTER TABLE "Loan" ADD COLUMN     "lapsedAt" TIMESTAMPTZ(3);
