-- AlterTable
ALTER TABLE "MailMessage" ADD COLUMN     "lockedUntil" TIMESTAMPTZ(3);
