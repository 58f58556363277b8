-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "LoanSlotKind" ADD VALUE 'DELIVERY';
ALTER TYPE "LoanSlotKind" ADD VALUE 'COLLECTION';

-- AlterTable
ALTER TABLE "LoanItem" ADD COLUMN     "deliverable" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Loan" ADD COLUMN     "collectionRoutePosition" INTEGER,
ADD COLUMN     "delivery" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "deliveryBox" TEXT,
ADD COLUMN     "deliveryCity" TEXT,
ADD COLUMN     "deliveryHouseNumber" TEXT,
ADD COLUMN     "deliveryPostcode" TEXT,
ADD COLUMN     "deliveryRoutePosition" INTEGER,
ADD COLUMN     "deliveryStreet" TEXT,
ADD COLUMN     "transportCents" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "LoanSettings" ADD COLUMN     "deliveryCents" INTEGER NOT NULL DEFAULT 6000,
ADD COLUMN     "deliveryPostcodes" TEXT[] DEFAULT ARRAY['8750', '8755']::TEXT[];
