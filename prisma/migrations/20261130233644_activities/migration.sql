-- CreateEnum
CREATE TYPE "ActivityKind" AS ENUM ('PLAYGROUND', 'CAMP', 'SPORTS', 'WORKSHOP', 'COURSE');

-- CreateEnum
CREATE TYPE "RegistrationStatus" AS ENUM ('HELD', 'CONFIRMED', 'WAITING', 'OFFERED', 'CANCELLED', 'LAPSED');

-- AlterTable
ALTER TABLE "HouseholdMember" ADD COLUMN     "childKey" TEXT,
ADD COLUMN     "dietNotes" TEXT,
ADD COLUMN     "medicalNotes" TEXT,
ADD COLUMN     "photoConsent" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "pickupBy" TEXT,
ADD COLUMN     "schoolYear" INTEGER;

-- CreateTable
CREATE TABLE "ActivitySettings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "medicalNotesDays" INTEGER NOT NULL DEFAULT 30,
    "offerHours" INTEGER NOT NULL DEFAULT 48,
    "holdMinutes" INTEGER NOT NULL DEFAULT 30,

    CONSTRAINT "ActivitySettings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResidentVerification" (
    "userId" TEXT NOT NULL,
    "verifiedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "verifiedById" TEXT,

    CONSTRAINT "ResidentVerification_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "RegistrationOpening" (
    "id" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "opensAt" TIMESTAMPTZ(3) NOT NULL,
    "closesAt" TIMESTAMPTZ(3) NOT NULL,
    "waitingRoomMinutes" INTEGER NOT NULL DEFAULT 30,
    "admitPerSecond" INTEGER NOT NULL DEFAULT 50,

    CONSTRAINT "RegistrationOpening_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Activity" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "kind" "ActivityKind" NOT NULL,
    "summary" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "organiser" TEXT NOT NULL,
    "whatToBring" TEXT,
    "village" TEXT NOT NULL,
    "openingId" TEXT NOT NULL,
    "cancelDays" INTEGER NOT NULL DEFAULT 7,
    "cancelFeeCents" INTEGER NOT NULL DEFAULT 0,
    "siblingDiscountPercent" INTEGER NOT NULL DEFAULT 0,
    "published" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Activity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActivityTariff" (
    "id" TEXT NOT NULL,
    "activityId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "dayCents" INTEGER NOT NULL,
    "weekCents" INTEGER,

    CONSTRAINT "ActivityTariff_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActivitySession" (
    "id" TEXT NOT NULL,
    "activityId" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "days" INTEGER NOT NULL,
    "place" TEXT NOT NULL,
    "minAge" INTEGER,
    "maxAge" INTEGER,
    "minSchoolYear" INTEGER,
    "maxSchoolYear" INTEGER,
    "capacity" INTEGER NOT NULL,
    "poolId" TEXT NOT NULL,

    CONSTRAINT "ActivitySession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActivityBasketLine" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ActivityBasketLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WaitingRoomEntry" (
    "id" TEXT NOT NULL,
    "openingId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "joinedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "early" BOOLEAN NOT NULL,
    "drawKey" DOUBLE PRECISION NOT NULL,
    "admittedAt" TIMESTAMPTZ(3),
    "enteredById" TEXT,

    CONSTRAINT "WaitingRoomEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WaitingRoomChild" (
    "id" TEXT NOT NULL,
    "entryId" TEXT NOT NULL,
    "openingId" TEXT NOT NULL,
    "childKey" TEXT NOT NULL,

    CONSTRAINT "WaitingRoomChild_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActivityRegistration" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "userId" TEXT,
    "memberId" TEXT,
    "childKey" TEXT NOT NULL,
    "childName" TEXT NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "status" "RegistrationStatus" NOT NULL,
    "arrival" BIGINT NOT NULL,
    "orderId" TEXT,
    "tariffCode" TEXT NOT NULL,
    "tariffLabel" TEXT NOT NULL,
    "priceCents" INTEGER NOT NULL,
    "offerExpiresAt" TIMESTAMPTZ(3),
    "offerTokenHash" TEXT,
    "createdById" TEXT,
    "cancelledAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ActivityRegistration_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Activity_slug_key" ON "Activity"("slug");

-- CreateIndex
CREATE INDEX "Activity_openingId_idx" ON "Activity"("openingId");

-- CreateIndex
CREATE UNIQUE INDEX "ActivityTariff_activityId_code_key" ON "ActivityTariff"("activityId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "ActivitySession_poolId_key" ON "ActivitySession"("poolId");

-- CreateIndex
CREATE INDEX "ActivitySession_activityId_startDate_idx" ON "ActivitySession"("activityId", "startDate");

-- CreateIndex
CREATE UNIQUE INDEX "ActivityBasketLine_userId_sessionId_memberId_key" ON "ActivityBasketLine"("userId", "sessionId", "memberId");

-- CreateIndex
CREATE INDEX "WaitingRoomEntry_openingId_early_drawKey_idx" ON "WaitingRoomEntry"("openingId", "early", "drawKey");

-- CreateIndex
CREATE INDEX "WaitingRoomEntry_openingId_early_joinedAt_idx" ON "WaitingRoomEntry"("openingId", "early", "joinedAt");

-- CreateIndex
CREATE UNIQUE INDEX "WaitingRoomEntry_openingId_userId_key" ON "WaitingRoomEntry"("openingId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "WaitingRoomChild_openingId_childKey_key" ON "WaitingRoomChild"("openingId", "childKey");

-- CreateIndex
CREATE UNIQUE INDEX "ActivityRegistration_offerTokenHash_key" ON "ActivityRegistration"("offerTokenHash");

-- CreateIndex
CREATE INDEX "ActivityRegistration_sessionId_status_arrival_idx" ON "ActivityRegistration"("sessionId", "status", "arrival");

-- CreateIndex
CREATE INDEX "ActivityRegistration_userId_idx" ON "ActivityRegistration"("userId");

-- CreateIndex
CREATE INDEX "ActivityRegistration_orderId_idx" ON "ActivityRegistration"("orderId");

-- CreateIndex
CREATE INDEX "ActivityRegistration_status_offerExpiresAt_idx" ON "ActivityRegistration"("status", "offerExpiresAt");

-- CreateIndex
CREATE INDEX "HouseholdMember_childKey_idx" ON "HouseholdMember"("childKey");

-- AddForeignKey
ALTER TABLE "ResidentVerification" ADD CONSTRAINT "ResidentVerification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_openingId_fkey" FOREIGN KEY ("openingId") REFERENCES "RegistrationOpening"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityTariff" ADD CONSTRAINT "ActivityTariff_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivitySession" ADD CONSTRAINT "ActivitySession_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityBasketLine" ADD CONSTRAINT "ActivityBasketLine_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityBasketLine" ADD CONSTRAINT "ActivityBasketLine_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "ActivitySession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityBasketLine" ADD CONSTRAINT "ActivityBasketLine_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "HouseholdMember"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WaitingRoomEntry" ADD CONSTRAINT "WaitingRoomEntry_openingId_fkey" FOREIGN KEY ("openingId") REFERENCES "RegistrationOpening"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WaitingRoomEntry" ADD CONSTRAINT "WaitingRoomEntry_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WaitingRoomChild" ADD CONSTRAINT "WaitingRoomChild_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "WaitingRoomEntry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityRegistration" ADD CONSTRAINT "ActivityRegistration_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "ActivitySession"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityRegistration" ADD CONSTRAINT "ActivityRegistration_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityRegistration" ADD CONSTRAINT "ActivityRegistration_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "HouseholdMember"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- hand-written: constraints, a sequence and settings row the diff cannot express (keep when regenerating)
CREATE SEQUENCE IF NOT EXISTS activity_arrival_seq;
ALTER TABLE "ActivitySession" ADD CONSTRAINT "ActivitySession_limits_check" CHECK ("endDate" >= "startDate" AND "days" > 0 AND "capacity" >= 0 AND ("minAge" IS NULL OR "maxAge" IS NULL OR "minAge" <= "maxAge") AND ("minSchoolYear" IS NULL OR "maxSchoolYear" IS NULL OR "minSchoolYear" <= "maxSchoolYear"));
ALTER TABLE "ActivityTariff" ADD CONSTRAINT "ActivityTariff_amounts_check" CHECK ("dayCents" >= 0 AND ("weekCents" IS NULL OR "weekCents" >= 0));
ALTER TABLE "RegistrationOpening" ADD CONSTRAINT "RegistrationOpening_window_check" CHECK ("closesAt" > "opensAt" AND "admitPerSecond" > 0 AND "waitingRoomMinutes" >= 0);
ALTER TABLE "ActivityRegistration" ADD CONSTRAINT "ActivityRegistration_child_no_overlap" EXCLUDE USING gist ("childKey" WITH =, daterange("startDate", "endDate", '[]') WITH &&) WHERE ("status" IN ('HELD', 'CONFIRMED'));
ALTER TABLE "ActivityRegistration" ADD CONSTRAINT "ActivityRegistration_child_once_per_session" EXCLUDE USING gist ("sessionId" WITH =, "childKey" WITH =) WHERE ("status" IN ('HELD', 'CONFIRMED', 'WAITING', 'OFFERED'));
INSERT INTO "ActivitySettings" ("id") VALUES (1) ON CONFLICT DO NOTHING;
