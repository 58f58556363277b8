-- AlterTable
ALTER TABLE "HouseholdMember" ADD COLUMN     "severeDisability" BOOLEAN NOT NULL DEFAULT false;
