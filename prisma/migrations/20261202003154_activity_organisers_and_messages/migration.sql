-- AlterTable
ALTER TABLE "ActivitySettings" ADD COLUMN     "messageDays" INTEGER NOT NULL DEFAULT 90;

-- CreateTable
CREATE TABLE "ActivityOrganiser" (
    "id" TEXT NOT NULL,
    "activityId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "addedById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ActivityOrganiser_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActivityMessage" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "senderId" TEXT,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "recipientCount" INTEGER NOT NULL,
    "sentAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ActivityMessage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ActivityOrganiser_userId_idx" ON "ActivityOrganiser"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "ActivityOrganiser_activityId_userId_key" ON "ActivityOrganiser"("activityId", "userId");

-- CreateIndex
CREATE INDEX "ActivityMessage_sessionId_sentAt_idx" ON "ActivityMessage"("sessionId", "sentAt");

-- CreateIndex
CREATE INDEX "ActivityMessage_sentAt_idx" ON "ActivityMessage"("sentAt");

-- AddForeignKey
ALTER TABLE "ActivityOrganiser" ADD CONSTRAINT "ActivityOrganiser_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityOrganiser" ADD CONSTRAINT "ActivityOrganiser_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityMessage" ADD CONSTRAINT "ActivityMessage_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "ActivitySession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityMessage" ADD CONSTRAINT "ActivityMessage_senderId_fkey" FOREIGN KEY ("senderId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
