-- AlterTable
ALTER TABLE "Performance" ADD COLUMN     "posterAlt" TEXT,
ADD COLUMN     "posterId" TEXT;

-- AlterTable
ALTER TABLE "Hall" ADD COLUMN     "photoId" TEXT;

-- AlterTable
ALTER TABLE "LoanItem" ADD COLUMN     "photoAlt" TEXT;

-- AddForeignKey
ALTER TABLE "Performance" ADD CONSTRAINT "Performance_posterId_fkey" FOREIGN KEY ("posterId") REFERENCES "StoredFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Hall" ADD CONSTRAINT "Hall_photoId_fkey" FOREIGN KEY ("photoId") REFERENCES "StoredFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;
