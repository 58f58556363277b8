// Staff change a hall's rental settings. Existing bookings keep the price they were made with
// (it is stored on each booking); new requests use the new tariffs.
import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { transaction } from "@/lib/db/tx";
import { AppError } from "@/lib/errors";
import { hallMessages } from "../messages";
import type { HallSettingsInput } from "../schema/settings";

export async function updateHallSettings(input: HallSettingsInput, staffId: string) {
  await transaction(db, async (tx) => {
    const hall = await tx.hall.findUnique({ where: { id: input.hallId }, select: { id: true } });
    if (!hall) throw new AppError("NOT_FOUND", hallMessages.hallNotFound);
    await tx.hall.update({
      where: { id: hall.id },
      data: { depositCents: input.depositCents, requiresApproval: input.requiresApproval },
    });
    for (const t of input.tariffs) {
      if (t.unitCents === null) {
        await tx.hallTariff.deleteMany({ where: { hallId: hall.id, category: t.category } });
        continue;
      }
      const data = {
        unitCents: t.unitCents,
        bookingWindowMonths: t.bookingWindowMonths,
        invoiceAllowed: t.invoiceAllowed,
      };
      await tx.hallTariff.upsert({
        where: { hallId_category: { hallId: hall.id, category: t.category } },
        update: data,
        create: { ...data, hallId: hall.id, category: t.category },
      });
    }
    await recordAudit(tx, {
      actorId: staffId,
      action: "hall.settings-updated",
      subjectType: "Hall",
      subjectId: hall.id,
      details: {
        depositCents: input.depositCents,
        requiresApproval: input.requiresApproval,
        tariffs: input.tariffs,
      },
    });
  });
}
