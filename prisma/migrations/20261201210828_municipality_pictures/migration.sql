-- AlterTable
ALTER TABLE "Municipality" ADD COLUMN     "heroFileId" TEXT,
ADD COLUMN     "logoFileId" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Municipality_logoFileId_key" ON "Municipality"("logoFileId");

-- CreateIndex
CREATE UNIQUE INDEX "Municipality_heroFileId_key" ON "Municipality"("heroFileId");

-- AddForeignKey
ALTER TABLE "Municipality" ADD CONSTRAINT "Municipality_logoFileId_fkey" FOREIGN KEY ("logoFileId") REFERENCES "StoredFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Municipality" ADD CONSTRAINT "Municipality_heroFileId_fkey" FOREIGN KEY ("heroFileId") REFERENCES "StoredFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;
