// Staff confirm that a resident lives in Wingene (seen on the eID at the desk): the basis of the
// resident tariff, never a postcode the user typed. Audited; once per resident.
import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { transaction } from "@/lib/db/tx";
import { AppError } from "@/lib/errors";
import { activityMessages } from "../messages";

export async function verifyResident(residentId: string, staffId: string) {
  await transaction(
    db,
    async (tx) => {
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
    },
    {
      refusals: {
        ResidentVerification_userId_fkey: () => new AppError("NOT_FOUND", activityMessages.residentNotFound),
      },
    },
  );
}
