-- AlterTable
ALTER TABLE "User" ADD COLUMN     "erasedAt" TIMESTAMPTZ(3),
ADD COLUMN     "erasureRequestedAt" TIMESTAMPTZ(3);

-- DropTable
DROP TABLE "HallResidentPostcode";
