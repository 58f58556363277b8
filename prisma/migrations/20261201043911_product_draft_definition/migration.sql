-- AlterTable
ALTER TABLE "Product" ADD COLUMN     "draftDefinition" JSONB,
ADD COLUMN     "draftUpdatedAt" TIMESTAMPTZ(3);
