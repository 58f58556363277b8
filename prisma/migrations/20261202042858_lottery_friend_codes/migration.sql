-- AlterTable
-- Entries made before friend codes get one: 8 capitals and digits from random bytes.
ALTER TABLE "LotteryEntry" ADD COLUMN     "friendCode" TEXT,
ADD COLUMN     "friendEntryId" TEXT;
UPDATE "LotteryEntry" SET "friendCode" = upper(substr(md5(random()::text || id), 1, 8));
ALTER TABLE "LotteryEntry" ALTER COLUMN "friendCode" SET NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "LotteryEntry_friendCode_key" ON "LotteryEntry"("friendCode");

-- CreateIndex
CREATE INDEX "LotteryEntry_friendEntryId_idx" ON "LotteryEntry"("friendEntryId");

-- AddForeignKey
ALTER TABLE "LotteryEntry" ADD CONSTRAINT "LotteryEntry_friendEntryId_fkey" FOREIGN KEY ("friendEntryId") REFERENCES "LotteryEntry"("id") ON DELETE SET NULL ON UPDATE CASCADE;
