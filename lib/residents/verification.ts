// The one basis of every resident tariff (halls, activities): a verification that staff wrote after
// seeing the address on the eID or a document, or that was seeded. A postcode the user typed into
// their own profile never counts, and changing the address drops the verification (commands.ts).
import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import type { Db, Tx } from "@/lib/db/client";
import { transaction } from "@/lib/db/tx";
import { AppError, FieldError } from "@/lib/errors";
import { residentMessages } from "./messages";
import { ACTABLE_RESIDENT } from "./queries";
import { maskNationalRegisterNumber } from "@/lib/be/national-register-number";

/** Whether this user pays resident tariffs. */
export async function isVerifiedResident(userId: string, client: Db | Tx = db): Promise<boolean> {
  return (await client.residentVerification.count({ where: { userId } })) > 0;
}

/** When and by whom the residence was confirmed, for the resident's page; null when it is not. */
export async function getResidentVerification(userId: string) {
  const row = await db.residentVerification.findUnique({ where: { userId } });
  if (!row) return null;
  const staff = row.verifiedById
    ? await db.user.findUnique({ where: { id: row.verifiedById }, select: { name: true } })
    : null;
  return {
    verifiedAt: row.verifiedAt,
    verifiedBy: staff?.name ?? null,
    nationalNumber: row.nationalNumber ? maskNationalRegisterNumber(row.nationalNumber) : null,
    nationalNumberAt: row.nationalNumberAt,
  };
}

/** The national number staff recorded for this user, to ask the population register; null when none. */
export async function verifiedNationalNumber(userId: string, client: Db | Tx = db): Promise<string | null> {
  const row = await client.residentVerification.findUnique({
    where: { userId },
    select: { nationalNumber: true },
  });
  return row?.nationalNumber ?? null;
}

const notFound = () => new AppError("NOT_FOUND", residentMessages.residentNotFound);

/** Staff confirm that a resident lives in Wingene. Idempotent; audited every time. */
export async function verifyResident(residentId: string, staffId: string): Promise<void> {
  await transaction(db, async (tx) => {
    if (!(await tx.user.count({ where: { id: residentId, ...ACTABLE_RESIDENT } }))) throw notFound();
    await tx.residentVerification.upsert({
      where: { userId: residentId },
      update: {},
      create: { userId: residentId, verifiedById: staffId },
    });
    await recordAudit(tx, {
      actorId: staffId,
      onBehalfOfId: residentId,
      action: "resident.verified",
      subjectType: "User",
      subjectId: residentId,
    });
  });
}

/** Staff withdraw the confirmation (moved away, confirmed by mistake). Audited. */
export async function unverifyResident(residentId: string, staffId: string): Promise<void> {
  await transaction(db, async (tx) => {
    if (!(await tx.user.count({ where: { id: residentId, ...ACTABLE_RESIDENT } }))) throw notFound();
    await tx.residentVerification.deleteMany({ where: { userId: residentId } });
    await recordAudit(tx, {
      actorId: staffId,
      onBehalfOfId: residentId,
      action: "resident.unverified",
      subjectType: "User",
      subjectId: residentId,
    });
  });
}

/**
 * Staff read the national register number from the eID at the desk and record it on the residence
 * verification (the resident never types it). A new address drops it with the verification.
 * Audited without the number itself.
 */
export async function recordNationalNumber(
  residentId: string,
  staffId: string,
  nationalNumber: string,
  now = new Date(),
): Promise<void> {
  await transaction(
    db,
    async (tx) => {
      if (!(await tx.user.count({ where: { id: residentId, ...ACTABLE_RESIDENT } }))) throw notFound();
      const { count } = await tx.residentVerification.updateMany({
        where: { userId: residentId },
        data: { nationalNumber, nationalNumberAt: now, nationalNumberById: staffId },
      });
      if (!count) throw new FieldError("nationalNumber", residentMessages.verifyResidenceFirst);
      await recordAudit(tx, {
        actorId: staffId,
        onBehalfOfId: residentId,
        action: "resident.national-number-recorded",
        subjectType: "User",
        subjectId: residentId,
      });
    },
    {
      refusals: {
        ResidentVerification_nationalNumber_key: () =>
          new FieldError("nationalNumber", residentMessages.nationalNumberTaken),
      },
    },
  );
}
