-- AlterTable
ALTER TABLE "Product" ADD COLUMN     "documentTemplate" TEXT,
ADD COLUMN     "documentTitle" TEXT;

-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "documentIssuedAt" TIMESTAMPTZ(3),
ADD COLUMN     "documentText" TEXT,
ADD COLUMN     "documentTitle" TEXT;
