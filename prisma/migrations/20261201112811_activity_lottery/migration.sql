-- CreateEnum
CREATE TYPE "AllocationMode" AS ENUM ('FIRST_COME', 'LOTTERY');

-- AlterTable
ALTER TABLE "ActivitySettings" ADD COLUMN     "lotteryEntryDays" INTEGER NOT NULL DEFAULT 60;

-- AlterTable
ALTER TABLE "Activity" ADD COLUMN     "allocationMode" "AllocationMode" NOT NULL DEFAULT 'FIRST_COME',
ADD COLUMN     "lotteryClosesAt" TIMESTAMPTZ(3),
ADD COLUMN     "lotteryDrawnAt" TIMESTAMPTZ(3),
ADD COLUMN     "lotteryDrawnById" TEXT,
ADD COLUMN     "lotteryOpensAt" TIMESTAMPTZ(3),
ADD COLUMN     "lotterySeed" TEXT;

-- CreateTable
CREATE TABLE "LotteryEntry" (
    "id" TEXT NOT NULL,
    "activityId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "keepTogether" BOOLEAN NOT NULL DEFAULT false,
    "enteredById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "LotteryEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LotteryEntryChild" (
    "id" TEXT NOT NULL,
    "entryId" TEXT NOT NULL,
    "activityId" TEXT NOT NULL,
    "memberId" TEXT,
    "childKey" TEXT NOT NULL,
    "childName" TEXT NOT NULL,
    "choices" TEXT[],
    "drawPosition" INTEGER,
    "placedSessionId" TEXT,

    CONSTRAINT "LotteryEntryChild_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "LotteryEntry_activityId_userId_key" ON "LotteryEntry"("activityId", "userId");

-- CreateIndex
CREATE INDEX "LotteryEntryChild_entryId_idx" ON "LotteryEntryChild"("entryId");

-- CreateIndex
CREATE UNIQUE INDEX "LotteryEntryChild_activityId_childKey_key" ON "LotteryEntryChild"("activityId", "childKey");

-- AddForeignKey
ALTER TABLE "LotteryEntry" ADD CONSTRAINT "LotteryEntry_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LotteryEntry" ADD CONSTRAINT "LotteryEntry_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LotteryEntryChild" ADD CONSTRAINT "LotteryEntryChild_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "LotteryEntry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LotteryEntryChild" ADD CONSTRAINT "LotteryEntryChild_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "HouseholdMember"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written: one to three ranked choices per child, and a window that closes after it opens.
ALTER TABLE "LotteryEntryChild" ADD CONSTRAINT "LotteryEntryChild_choices_check" CHECK (cardinality("choices") BETWEEN 1 AND 3);

ALTER TABLE "Activity" ADD CONSTRAINT "Activity_lottery_window_check" CHECK ("lotteryClosesAt" IS NULL OR "lotteryOpensAt" IS NULL OR "lotteryClosesAt" > "lotteryOpensAt");
