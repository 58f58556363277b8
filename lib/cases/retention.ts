// Privacy retention for e-loket cases: some months after a case was closed (CaseSettings,
// default 24), its answers, uploaded files, questions' texts, advice and decision texts and the
// link to the applicant go; number, product, team, dates and statuses stay for the statistics. Runs nightly
// (lib/jobs/schedules.ts); the claim is a conditional update, so concurrent runs handle a case once.
import { Prisma } from "@/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record";
import type { Db, Tx } from "@/lib/db/client";
import { transaction } from "@/lib/db/tx";
import { monthsBefore } from "@/lib/reports/retention";

const DEFAULT_RETENTION_MONTHS = 24;

export async function caseRetentionMonths(db: Db): Promise<number> {
  const settings = await db.caseSettings.findUnique({ where: { id: 1 } });
  return settings?.retentionMonths ?? DEFAULT_RETENTION_MONTHS;
}

export async function removeExpiredCaseData(db: Db, now = new Date()): Promise<number> {
  const cutoff = monthsBefore(now, await caseRetentionMonths(db));
  return transaction(db, async (tx) => {
    const claimed = await tx.case.updateManyAndReturn({
      where: { anonymisedAt: null, closedAt: { lt: cutoff } },
      data: {
        answers: {} as Prisma.InputJsonValue,
        applicantId: null,
        exemption: null,
        documentText: null,
        anonymisedAt: now,
      },
      select: { id: true },
    });
    if (claimed.length === 0) return 0;
    const ids = claimed.map((c) => c.id);
    await deleteCaseFiles(tx, ids);
    await blankCaseQuestions(tx, ids);
    await blankCaseEvents(tx, ids);
    await blankCaseAdvice(tx, ids);
    await tx.caseDecision.updateMany({ where: { caseId: { in: ids } }, data: { conditions: "" } });
    await recordAudit(tx, {
      actorId: null,
      action: "case.personal-data-removed",
      subjectType: "Case",
      details: { count: ids.length, closedBefore: cutoff.toISOString() },
    });
    return ids.length;
  });
}

// The parts of a case that can name people, blanked by retention here and by the right to erasure
// (lib/privacy/erase-steps); each returns how many rows it changed.
export const deleteCaseFiles = async (tx: Tx, ids: string[]) =>
  (await tx.storedFile.deleteMany({ where: { caseFile: { caseId: { in: ids } } } })).count;

export const blankCaseQuestions = async (tx: Tx, ids: string[]) =>
  (await tx.caseQuestion.updateMany({ where: { caseId: { in: ids } }, data: { question: "", answer: null } }))
    .count;

export const blankCaseEvents = async (tx: Tx, ids: string[]) =>
  (
    await tx.caseEvent.updateMany({
      where: { caseId: { in: ids }, text: { not: null } },
      data: { text: null },
    })
  ).count;

/** Event dossiers: the advice texts can name people too. */
export async function blankCaseAdvice(tx: Tx, ids: string[]): Promise<number> {
  const asked = await tx.caseAdvice.updateMany({ where: { caseId: { in: ids } }, data: { question: "" } });
  await tx.caseAdvice.updateMany({
    where: { caseId: { in: ids }, answeredAt: { not: null } },
    data: { answer: "" },
  });
  return asked.count;
}

/** Drafts nobody touched for this many days are removed with their files. */
export const DRAFT_RETENTION_DAYS = 90;

export async function removeStaleDrafts(db: Db, now = new Date()): Promise<number> {
  const before = new Date(now.getTime() - DRAFT_RETENTION_DAYS * 86_400_000);
  return transaction(db, async (tx) => {
    const stale = await tx.caseDraft.findMany({
      where: { updatedAt: { lt: before } },
      select: { id: true, userId: true },
    });
    if (stale.length === 0) return 0;
    await tx.storedFile.deleteMany({
      where: {
        purpose: "eloket-attachment",
        caseFile: null,
        uploadedById: { in: stale.map((d) => d.userId) },
        createdAt: { lt: before },
      },
    });
    await tx.caseDraft.deleteMany({ where: { id: { in: stale.map((d) => d.id) } } });
    return stale.length;
  });
}
