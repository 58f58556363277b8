// Writes about a resident. `by` says who acts: the resident themselves, or staff on their behalf;
// both are the same command and both land in the audit log.
import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { transaction } from "@/lib/db/tx";
import { AppError, FieldError } from "@/lib/errors";
import type { Tx } from "@/lib/db/client";
import type { Address } from "@/lib/forms/address";
import { childKey } from "@/lib/activities/child-key";
import { residentMessages } from "./messages";
import { ACTABLE_RESIDENT } from "./queries";
import type { HouseholdMemberInput, NewResidentInput, ProfileInput } from "./schema";

export type ActingOn = { actorId: string; residentId: string };

const residentNotFound = () => new AppError("NOT_FOUND", residentMessages.residentNotFound);

/** The user acted on: oneself, or (for staff) a resident without a staff role. */
const actedOn = (by: ActingOn) =>
  by.actorId === by.residentId ? { id: by.residentId } : { id: by.residentId, ...ACTABLE_RESIDENT };

/** Refuses, as "not found", acting for someone staff may not act for. */
async function assertActable(tx: Tx, by: ActingOn): Promise<void> {
  if (by.actorId !== by.residentId && !(await tx.user.count({ where: actedOn(by) })))
    throw residentNotFound();
}

/** The kit's address as the User row keeps it (no address: every part empty). */
function addressColumns(address: Address | null) {
  return {
    street: address?.street ?? null,
    houseNumber: address?.houseNumber ?? null,
    box: address?.box ?? null,
    postcode: address?.postcode ?? null,
    city: address?.city ?? null,
  };
}

const ADDRESS_KEYS = ["street", "houseNumber", "box", "postcode", "city"] as const;

/**
 * Changing the address drops the staff's verification of residence: the resident tariff rests on
 * the address staff saw, and a new one has to be seen again (whoever typed it).
 */
export async function updateProfile(by: ActingOn, input: ProfileInput): Promise<void> {
  await transaction(db, async (tx) => {
    const before = await tx.user.findFirst({
      where: actedOn(by),
      select: { street: true, houseNumber: true, box: true, postcode: true, city: true },
    });
    if (!before) throw residentNotFound();
    const address = addressColumns(input.address);
    await tx.user.update({
      where: { id: by.residentId },
      data: { name: input.name, phone: input.phone ?? null, ...address },
    });
    const moved = ADDRESS_KEYS.some((k) => (before[k] ?? "").trim() !== (address[k] ?? "").trim());
    const lost = moved
      ? (await tx.residentVerification.deleteMany({ where: { userId: by.residentId } })).count
      : 0;
    await recordAudit(tx, {
      actorId: by.actorId,
      onBehalfOfId: by.residentId,
      action: "profile.updated",
      ...(lost ? { details: { residentVerificationWithdrawn: true } } : {}),
    });
  });
}

/** A member's name and birth date, with the activities' details where the form had them. */
type MemberData = Pick<HouseholdMemberInput, "firstName" | "lastName" | "birthDate"> &
  Partial<HouseholdMemberInput>;

export async function addHouseholdMember(by: ActingOn, input: MemberData): Promise<string> {
  return transaction(
    db,
    async (tx) => {
      await assertActable(tx, by);
      const member = await tx.householdMember.create({
        data: {
          ...input,
          birthDate: new Date(`${input.birthDate}T00:00:00Z`),
          childKey: childKey(input.firstName, input.lastName, input.birthDate),
          userId: by.residentId,
        },
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
    },
    { refusals: { HouseholdMember_userId_fkey: residentNotFound } },
  );
}

/** Changes a member of this resident's own household (name, birth date, the activities' details). */
export async function updateHouseholdMember(
  by: ActingOn,
  memberId: string,
  input: MemberData,
): Promise<void> {
  await transaction(db, async (tx) => {
    const updated = await tx.householdMember.updateMany({
      where: { id: memberId, userId: by.residentId },
      data: {
        ...input,
        birthDate: new Date(`${input.birthDate}T00:00:00Z`),
        childKey: childKey(input.firstName, input.lastName, input.birthDate),
      },
    });
    if (updated.count === 0) throw new AppError("NOT_FOUND", residentMessages.householdMemberNotFound);
    await recordAudit(tx, {
      actorId: by.actorId,
      onBehalfOfId: by.residentId,
      action: "household.updated",
      subjectType: "HouseholdMember",
      subjectId: memberId,
    });
  });
}

/** Only removes a member of this resident's own household; anything else is "not found". */
export async function removeHouseholdMember(by: ActingOn, memberId: string): Promise<void> {
  await transaction(db, async (tx) => {
    await assertActable(tx, by);
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
  await transaction(db, async (tx) => {
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

/**
 * Staff register someone at the desk or on the phone; they can sign in later with that e-mail.
 * An address already in use is refused by the unique index, so two clerks cannot both create it.
 */
export async function registerResident(staffId: string, input: NewResidentInput): Promise<string> {
  return transaction(
    db,
    async (tx) => {
      const user = await tx.user.create({
        data: {
          name: input.name,
          email: input.email ?? null,
          phone: input.phone ?? null,
          ...addressColumns(input.address),
        },
        select: { id: true },
      });
      await recordAudit(tx, {
        actorId: staffId,
        onBehalfOfId: user.id,
        action: "account.registered-by-staff",
        subjectType: "User",
        subjectId: user.id,
      });
      return user.id;
    },
    { refusals: { User_email_key: () => new FieldError("email", residentMessages.emailTaken, "CONFLICT") } },
  );
}

/** Opening a resident's file is itself worth recording (GDPR: who looked at whose data). */
export async function recordResidentViewed(staffId: string, residentId: string): Promise<void> {
  await recordAudit(db, {
    actorId: staffId,
    onBehalfOfId: residentId,
    action: "resident.viewed",
    subjectType: "User",
    subjectId: residentId,
  });
}
