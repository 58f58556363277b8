// Medical notes are special personal data: they are removed from a child's household record a set
// number of days (ActivitySettings.medicalNotesDays) after the last session the child was
// registered for ended. A child never registered keeps them until the parent removes them. One
// conditional UPDATE (the notes still set), so concurrent runs remove them once.
import { recordAudit } from "@/lib/audit/record";
import type { Db } from "@/lib/db/client";

export async function removeExpiredMedicalNotes(db: Db, now = new Date()): Promise<number> {
  const settings = await db.activitySettings.findUnique({ where: { id: 1 } });
  const days = settings?.medicalNotesDays ?? 30;
  const cutoff = new Date(now.getTime() - days * 86_400_000).toISOString().slice(0, 10);
  const removed = await db.$executeRaw`
    UPDATE "HouseholdMember" m SET "medicalNotes" = NULL
    WHERE m."medicalNotes" IS NOT NULL
      AND EXISTS (SELECT 1 FROM "ActivityRegistration" r WHERE r."memberId" = m.id AND r.status = 'CONFIRMED')
      AND NOT EXISTS (
        SELECT 1 FROM "ActivityRegistration" r
        WHERE r."memberId" = m.id AND r.status IN ('HELD', 'CONFIRMED', 'WAITING', 'OFFERED')
          AND r."endDate" >= ${cutoff}::date)`;
  if (removed > 0)
    await recordAudit(db, { actorId: null, action: "activity.medical-notes-removed", details: { removed } });
  return removed;
}

/**
 * Presence days are the basis of the fiscal attests 281.86 and are kept
 * ActivitySettings.attendanceRetentionYears full calendar years after the year of care (the tax
 * administration can still ask for them), then removed in one statement.
 */
export async function removeExpiredAttendance(db: Db, now = new Date()): Promise<number> {
  const settings = await db.activitySettings.findUnique({ where: { id: 1 } });
  const years = settings?.attendanceRetentionYears ?? 7;
  const cutoff = new Date(Date.UTC(now.getUTCFullYear() - years, 0, 1));
  const { count } = await db.activityAttendance.deleteMany({ where: { day: { lt: cutoff } } });
  if (count > 0)
    await recordAudit(db, {
      actorId: null,
      action: "activity.attendance-removed",
      details: { removed: count },
    });
  return count;
}

/**
 * Lottery entries (children, their choices) are kept ActivitySettings.lotteryEntryDays after the
 * window closed, so the published draw can be checked; what the draw gave lives on in the
 * registrations. Then the entries go, their children with them (cascade), in one statement.
 */
export async function removeExpiredLotteryEntries(db: Db, now = new Date()): Promise<number> {
  const settings = await db.activitySettings.findUnique({ where: { id: 1 } });
  const cutoff = new Date(now.getTime() - (settings?.lotteryEntryDays ?? 60) * 86_400_000);
  const { count } = await db.lotteryEntry.deleteMany({
    where: { activity: { lotteryClosesAt: { lt: cutoff } } },
  });
  if (count > 0)
    await recordAudit(db, {
      actorId: null,
      action: "activity.lottery-entries-removed",
      details: { removed: count },
    });
  return count;
}

/**
 * An organiser's link to an activity gives access to its children's medical notes, so it ends with
 * them: ActivitySettings.medicalNotesDays after the activity's last session ended. An activity
 * without sessions keeps its organisers. One statement, so concurrent runs remove each link once.
 */
export async function removeExpiredOrganisers(db: Db, now = new Date()): Promise<number> {
  const settings = await db.activitySettings.findUnique({ where: { id: 1 } });
  const days = settings?.medicalNotesDays ?? 30;
  const cutoff = new Date(now.getTime() - days * 86_400_000).toISOString().slice(0, 10);
  const removed = await db.$executeRaw`
    DELETE FROM "ActivityOrganiser" o
    WHERE EXISTS (SELECT 1 FROM "ActivitySession" s WHERE s."activityId" = o."activityId")
      AND NOT EXISTS (
        SELECT 1 FROM "ActivitySession" s
        WHERE s."activityId" = o."activityId" AND s."endDate" >= ${cutoff}::date)`;
  if (removed > 0)
    await recordAudit(db, { actorId: null, action: "activity.organisers-removed", details: { removed } });
  return removed;
}

/** Messages to the parents of a session are kept ActivitySettings.messageDays after sending. */
export async function removeExpiredMessages(db: Db, now = new Date()): Promise<number> {
  const settings = await db.activitySettings.findUnique({ where: { id: 1 } });
  const cutoff = new Date(now.getTime() - (settings?.messageDays ?? 90) * 86_400_000);
  const { count } = await db.activityMessage.deleteMany({ where: { sentAt: { lt: cutoff } } });
  if (count > 0)
    await recordAudit(db, {
      actorId: null,
      action: "activity.messages-removed",
      details: { removed: count },
    });
  return count;
}

/**
 * Social-tariff claims (the UiTPAS number, what staff checked): a refused one is kept
 * ActivitySettings.socialRefusedDays after the decision, a confirmed one socialExpiredDays after
 * its end date (the registrations keep the tariff they got); then removed in one statement. An
 * open request stays until staff decide or the parent removes the child.
 */
export async function removeExpiredSocialTariffClaims(db: Db, now = new Date()): Promise<number> {
  const settings = await db.activitySettings.findUnique({ where: { id: 1 } });
  const refusedBefore = new Date(now.getTime() - (settings?.socialRefusedDays ?? 30) * 86_400_000);
  const endedBefore = new Date(now.getTime() - (settings?.socialExpiredDays ?? 90) * 86_400_000);
  const { count } = await db.socialTariffClaim.deleteMany({
    where: {
      OR: [
        { status: "REFUSED", decidedAt: { lt: refusedBefore } },
        { status: "CONFIRMED", validUntil: { lt: endedBefore } },
      ],
    },
  });
  if (count > 0)
    await recordAudit(db, {
      actorId: null,
      action: "activity.social-tariffs-removed",
      details: { removed: count },
    });
  return count;
}
