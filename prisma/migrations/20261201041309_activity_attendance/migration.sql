-- AlterTable
ALTER TABLE "Municipality" ADD COLUMN     "enterpriseNo" TEXT;

-- AlterTable
ALTER TABLE "ActivitySettings" ADD COLUMN     "attendanceRetentionYears" INTEGER NOT NULL DEFAULT 7;

-- CreateTable
CREATE TABLE "ChildcareDayCap" (
    "year" INTEGER NOT NULL,
    "maxDayCents" INTEGER NOT NULL,
    "source" TEXT NOT NULL,

    CONSTRAINT "ChildcareDayCap_pkey" PRIMARY KEY ("year")
);

-- CreateTable
CREATE TABLE "ActivityAttendance" (
    "registrationId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "markedById" TEXT,
    "markedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ActivityAttendance_pkey" PRIMARY KEY ("registrationId","day")
);

-- AddForeignKey
ALTER TABLE "ActivityAttendance" ADD CONSTRAINT "ActivityAttendance_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "ActivityRegistration"("id") ON DELETE CASCADE ON UPDATE CASCADE;
