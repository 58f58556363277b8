-- CreateEnum
CREATE TYPE "AdviceVerdict" AS ENUM ('FAVOURABLE', 'CONDITIONAL', 'UNFAVOURABLE');

-- CreateTable
CREATE TABLE "AdviceBody" (
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,

    CONSTRAINT "AdviceBody_pkey" PRIMARY KEY ("slug")
);

-- CreateTable
CREATE TABLE "CaseAdvice" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "bodySlug" TEXT NOT NULL,
    "pages" TEXT[],
    "question" TEXT NOT NULL,
    "dueOn" DATE NOT NULL,
    "askedById" TEXT,
    "askedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "verdict" "AdviceVerdict",
    "answer" TEXT,
    "answeredById" TEXT,
    "answeredAt" TIMESTAMPTZ(3),

    CONSTRAINT "CaseAdvice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseDecision" (
    "caseId" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "conditions" TEXT NOT NULL,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseDecision_pkey" PRIMARY KEY ("caseId")
);

-- CreateIndex
CREATE UNIQUE INDEX "AdviceBody_teamId_key" ON "AdviceBody"("teamId");

-- CreateIndex
CREATE INDEX "CaseAdvice_bodySlug_answeredAt_idx" ON "CaseAdvice"("bodySlug", "answeredAt");

-- CreateIndex
CREATE UNIQUE INDEX "CaseAdvice_caseId_bodySlug_key" ON "CaseAdvice"("caseId", "bodySlug");

-- AddForeignKey
ALTER TABLE "AdviceBody" ADD CONSTRAINT "AdviceBody_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseAdvice" ADD CONSTRAINT "CaseAdvice_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseAdvice" ADD CONSTRAINT "CaseAdvice_bodySlug_fkey" FOREIGN KEY ("bodySlug") REFERENCES "AdviceBody"("slug") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseDecision" ADD CONSTRAINT "CaseDecision_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- hand-written:
-- An advice is answered as a whole: a verdict, its text and the moment, or none of them.
ALTER TABLE "CaseAdvice" ADD CONSTRAINT "CaseAdvice_answer_complete" CHECK ((("answeredAt" IS NULL) = ("verdict" IS NULL)) AND (("answeredAt" IS NULL) = ("answer" IS NULL)));
