// Staff set the uitleendienst's rules (/beheer/uitleendienst/instellingen): a borrower category's
// name, description, lead time in working days, horizon in months and who it is for; the delivery
// price and area; the cancel deadline, late fee and retention (LoanSettings, one row). Categories
// and delivery apply to requests from then on (loans already made keep their price and dates); the
// loan rules are read when a loan is cancelled, returned or its data expires, so they apply at once.
// Each is audited with what it was and became.
import "server-only";
import type { AuditAction } from "@/lib/audit/labels";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { transaction } from "@/lib/db/tx";
import { AppError } from "@/lib/errors";
import type { LoanSettings } from "@/generated/prisma/client";
import type { CategoryInput, DeliverySettingsInput, LoanRulesInput } from "../item-schema";
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

type SettingsChange = Partial<Omit<LoanSettings, "id">>;

/** Writes some of LoanSettings' fields, audited with what those fields were and became. */
async function saveSettings(data: SettingsChange, action: AuditAction, staffId: string) {
  await transaction(db, async (tx) => {
    const before = await tx.loanSettings.findUnique({ where: { id: 1 } });
    await tx.loanSettings.upsert({ where: { id: 1 }, update: data, create: { id: 1, ...data } });
    const fields = Object.keys(data) as (keyof SettingsChange)[];
    await recordAudit(tx, {
      actorId: staffId,
      action,
      subjectType: "LoanSettings",
      subjectId: "1",
      details: { before: before && Object.fromEntries(fields.map((f) => [f, before[f]])), after: data },
    });
  });
}

export async function saveDeliverySettings(input: DeliverySettingsInput, staffId: string) {
  await saveSettings(
    { deliveryCents: input.deliveryPrice, deliveryPostcodes: input.deliveryPostcodes },
    "loan-settings.delivery-changed",
    staffId,
  );
}

export async function saveLoanRules(input: LoanRulesInput, staffId: string) {
  await saveSettings(
    {
      cancelWorkingDays: input.cancelWorkingDays,
      lateFeePerDayCents: input.lateFeePerDay,
      retentionMonths: input.retentionMonths,
    },
    "loan-settings.rules-changed",
    staffId,
  );
}
