-- CreateTable
CREATE TABLE "NextCacheTag" (
    "tag" TEXT NOT NULL,
    "staleAt" BIGINT NOT NULL DEFAULT 0,
    "expiredAt" BIGINT NOT NULL DEFAULT 0,
    "version" BIGSERIAL NOT NULL,

    CONSTRAINT "NextCacheTag_pkey" PRIMARY KEY ("tag")
);

-- CreateIndex
CREATE INDEX "NextCacheTag_version_idx" ON "NextCacheTag"("version");
