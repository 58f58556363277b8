-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "invoiceRemindedAt" TIMESTAMPTZ(3),
ADD COLUMN     "invoiceReminders" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "PaymentSettings" ADD COLUMN     "invoiceFirstReminderDays" INTEGER NOT NULL DEFAULT 3,
ADD COLUMN     "invoiceSecondReminderDays" INTEGER NOT NULL DEFAULT 14;
