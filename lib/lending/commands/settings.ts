// Staff set the uitleendienst's rules (/beheer/uitleendienst/instellingen): a borrower category's
// name, description, lead time in working days, horizon in months and who it is for, and the
// delivery price and area (LoanSettings, one row). A change applies to requests from then on;
// loans already made keep their price and dates. Each is audited with what it was and became.
import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { transaction } from "@/lib/db/tx";
import { AppError } from "@/lib/errors";
import type { CategoryInput, DeliverySettingsInput } from "../item-schema";
import { lendingMessages } from "../messages";

export async function saveCategory({ code, description, ...input }: CategoryInput, staffId: string) {
  const data = { ...input, description: description ?? "" };
  await transaction(db, async (tx) => {
    const before = await tx.loanCategory.findUnique({ where: { code } });
    if (!before) throw new AppError("NOT_FOUND", lendingMessages.categoryNotFound);
    await tx.loanCategory.update({ where: { code }, data });
    await recordAudit(tx, {
      actorId: staffId,
      action: "loan-category.changed",
      subjectType: "LoanCategory",
      subjectId: code,
      details: {
        before: {
          label: before.label,
          description: before.description,
          leadWorkingDays: before.leadWorkingDays,
          horizonMonths: before.horizonMonths,
          forAssociation: before.forAssociation,
          recognisedOnly: before.recognisedOnly,
          staffOnly: before.staffOnly,
        },
        after: data,
      },
    });
  });
}

export async function saveDeliverySettings(input: DeliverySettingsInput, staffId: string) {
  const data = { deliveryCents: input.deliveryPrice, deliveryPostcodes: input.deliveryPostcodes };
  await transaction(db, async (tx) => {
    const before = await tx.loanSettings.findUnique({ where: { id: 1 } });
    await tx.loanSettings.upsert({ where: { id: 1 }, update: data, create: { id: 1, ...data } });
    await recordAudit(tx, {
      actorId: staffId,
      action: "loan-settings.delivery-changed",
      subjectType: "LoanSettings",
      subjectId: "1",
      details: {
        before: before && {
          deliveryCents: before.deliveryCents,
          deliveryPostcodes: before.deliveryPostcodes,
        },
        after: data,
      },
    });
  });
}
