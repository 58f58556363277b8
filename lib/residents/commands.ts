// Writes about a resident. `by` says who acts: the resident themselves, or staff on their behalf;
// both are the same command and both land in the audit log.
import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { HouseholdMemberInput, NewResidentInput, ProfileInput } from "./schema";
import { residentMessages } from "./messages";

export type ActingOn = { actorId: string; residentId: string };

export async function updateProfile(by: ActingOn, input: ProfileInput): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: by.residentId }, data: input });
    await recordAudit(tx, { actorId: by.actorId, onBehalfOfId: by.residentId, action: "profile.updated" });
  });
}

export async function addHouseholdMember(by: ActingOn, input: HouseholdMemberInput): Promise<string> {
  return db.$transaction(async (tx) => {
    const member = await tx.householdMember.create({
      data: { ...input, birthDate: new Date(`${input.birthDate}T00:00:00Z`), userId: by.residentId },
    });
    await recordAudit(tx, {
      actorId: by.actorId,
      onBehalfOfId: by.residentId,
      action: "household.added",
      subjectType: "HouseholdMember",
      subjectId: member.id,
      details: { firstName: input.firstName },
    });
    return member.id;
  });
}

/** Only removes a member of this resident's own household; anything else is "not found". */
export async function removeHouseholdMember(by: ActingOn, memberId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const removed = await tx.householdMember.deleteMany({ where: { id: memberId, userId: by.residentId } });
    if (removed.count === 0) throw new AppError("NOT_FOUND", residentMessages.householdMemberNotFound);
    await recordAudit(tx, {
      actorId: by.actorId,
      onBehalfOfId: by.residentId,
      action: "household.removed",
      subjectType: "HouseholdMember",
      subjectId: memberId,
    });
  });
}

/** Switches the association a session acts for; null goes back to acting as oneself. */
export async function setActingAssociation(
  userId: string,
  sessionId: string,
  associationId: string | null,
): Promise<void> {
  await db.$transaction(async (tx) => {
    if (associationId) {
      const member = await tx.associationMember.findUnique({
        where: { associationId_userId: { associationId, userId } },
      });
      if (!member) throw new AppError("FORBIDDEN", residentMessages.notAMember);
    }
    const updated = await tx.session.updateMany({
      where: { id: sessionId, userId },
      data: { actingAssociationId: associationId },
    });
    if (updated.count === 0) throw new AppError("UNAUTHENTICATED");
    await recordAudit(tx, {
      actorId: userId,
      associationId,
      action: associationId ? "acting.association" : "acting.self",
      subjectType: "Session",
      subjectId: sessionId,
    });
  });
}

/** Staff register someone at the desk or on the phone; they can sign in later with that e-mail. */
export async function registerResident(staffId: string, input: NewResidentInput): Promise<string> {
  return db.$transaction(async (tx) => {
    if (input.email && (await tx.user.count({ where: { email: input.email } }))) {
      throw new AppError("CONFLICT", residentMessages.emailTaken);
    }
    const user = await tx.user.create({ data: input, select: { id: true } });
    await recordAudit(tx, {
      actorId: staffId,
      onBehalfOfId: user.id,
      action: "account.registered-by-staff",
      subjectType: "User",
      subjectId: user.id,
    });
    return user.id;
  });
}
