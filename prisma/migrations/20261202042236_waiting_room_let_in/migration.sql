-- AlterTable
ALTER TABLE "WaitingRoomEntry" ADD COLUMN     "letInAt" TIMESTAMPTZ(3);
