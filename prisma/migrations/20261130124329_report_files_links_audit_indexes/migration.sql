-- Status-page links move into one table, photos into the one upload store, and the audit log
-- gets the indexes its page filters by. Written by hand around the generated statements so that
-- every existing link and photo is kept: rows are copied before their old columns are dropped.

-- CreateTable
CREATE TABLE "ReportLink" (
    "id" TEXT NOT NULL,
    "reportId" TEXT NOT NULL,
    "followerId" TEXT,
    "tokenHash" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReportLink_pkey" PRIMARY KEY ("id")
);

-- The reporter's link and each follower's link, as they were mailed
INSERT INTO "ReportLink" ("id", "reportId", "tokenHash", "createdAt")
SELECT 'link-' || "id", "id", "statusTokenHash", "createdAt" FROM "Report";

INSERT INTO "ReportLink" ("id", "reportId", "followerId", "tokenHash", "createdAt")
SELECT 'link-' || "id", "reportId", "id", "tokenHash", "createdAt" FROM "ReportFollower";

-- DropIndex
DROP INDEX "Report_statusTokenHash_key";

-- DropIndex
DROP INDEX "ReportFollower_tokenHash_key";

-- AlterTable
ALTER TABLE "Report" DROP COLUMN "statusTokenHash";

-- AlterTable
ALTER TABLE "ReportFollower" DROP COLUMN "tokenHash";

-- Each photo becomes a private StoredFile with the same id, and the photo row points at it
INSERT INTO "StoredFile" ("id", "purpose", "visibility", "contentType", "size", "sha256", "bytes", "uploadedById", "createdAt")
SELECT p."id", 'report-photo', 'PRIVATE', p."contentType", p."size", encode(sha256(p."bytes"), 'hex'), p."bytes", r."reporterId", p."createdAt"
FROM "ReportPhoto" p JOIN "Report" r ON r."id" = p."reportId";

-- AlterTable
ALTER TABLE "ReportPhoto" ADD COLUMN "fileId" TEXT;

UPDATE "ReportPhoto" SET "fileId" = "id";

-- AlterTable
ALTER TABLE "ReportPhoto" DROP COLUMN "bytes",
DROP COLUMN "contentType",
DROP COLUMN "size",
ALTER COLUMN "fileId" SET NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "ReportLink_tokenHash_key" ON "ReportLink"("tokenHash");

-- CreateIndex
CREATE INDEX "ReportLink_reportId_idx" ON "ReportLink"("reportId");

-- CreateIndex
CREATE INDEX "ReportLink_followerId_idx" ON "ReportLink"("followerId");

-- CreateIndex
CREATE INDEX "AuditLog_at_idx" ON "AuditLog"("at");

-- CreateIndex
CREATE INDEX "AuditLog_action_at_idx" ON "AuditLog"("action", "at");

-- CreateIndex
CREATE INDEX "AuditLog_subjectType_subjectId_idx" ON "AuditLog"("subjectType", "subjectId");

-- CreateIndex
CREATE UNIQUE INDEX "ReportPhoto_fileId_key" ON "ReportPhoto"("fileId");

-- AddForeignKey
ALTER TABLE "ReportLink" ADD CONSTRAINT "ReportLink_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportLink" ADD CONSTRAINT "ReportLink_followerId_fkey" FOREIGN KEY ("followerId") REFERENCES "ReportFollower"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportPhoto" ADD CONSTRAINT "ReportPhoto_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile"("id") ON DELETE CASCADE ON UPDATE CASCADE;
