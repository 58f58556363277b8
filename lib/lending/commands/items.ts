// Staff change an item's facts: stock, deposit, damage fee and the price per borrower category
// (no price: that category may not borrow it), and the depot's slot hours. A lower stock goes
// through the same path as a repair: under the item's lock every day pool from today is brought to
// the new stock, and a day that would hold less than is promised refuses the change naming the
// loans, unless staff confirm (then the list says whom to call). Audited.
import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { brusselsParts } from "@/lib/be/time";
import { db } from "@/lib/db";
import { transaction } from "@/lib/db/tx";
import { AppError } from "@/lib/errors";
import type { ItemSettingsInput } from "../item-schema";
import { lendingMessages } from "../messages";
import { loansOnShortDays } from "../stock/conflicts";
import { alignPools, lockItems, lockedDayPools } from "../stock/pools";
import { StockConflictError } from "./stock";

export async function saveItemSettings(input: ItemSettingsInput, staffId: string, now = new Date()) {
  return transaction(db, async (tx) => {
    await lockItems(tx, [input.itemId], "UPDATE");
    const before = await tx.loanItem.findUnique({ where: { id: input.itemId } });
    if (!before) throw new AppError("NOT_FOUND", lendingMessages.itemNotFound);
    const item = await tx.loanItem.update({
      where: { id: input.itemId },
      data: { stock: input.stock, depositCents: input.deposit, damageFeeCents: input.damageFee },
    });
    const categories = await tx.loanCategory.findMany({ select: { code: true } });
    const priced = categories.filter((c) => typeof input.prices[c.code] === "number");
    await tx.loanItemPrice.deleteMany({ where: { itemId: item.id } });
    await tx.loanItemPrice.createMany({
      data: priced.map((c) => ({ itemId: item.id, categoryCode: c.code, unitCents: input.prices[c.code]! })),
    });
    const pools = await lockedDayPools(tx, item, brusselsParts(now).dateKey, null, now);
    const conflicts = await loansOnShortDays(tx, pools, now);
    if (conflicts.length > 0 && !input.confirmed) throw new StockConflictError(conflicts);
    await alignPools(tx, pools);
    await recordAudit(tx, {
      actorId: staffId,
      action: "loan-item.changed",
      subjectType: "LoanItem",
      subjectId: item.id,
      details: {
        stock: [before.stock, item.stock],
        depositCents: [before.depositCents, item.depositCents],
        damageFeeCents: [before.damageFeeCents, item.damageFeeCents],
        prices: Object.fromEntries(priced.map((c) => [c.code, input.prices[c.code]])),
        conflictingLoans: conflicts.map((c) => c.loanId),
      },
    });
    return { conflicts };
  });
}

export async function saveSlot(
  input: { slotId: string; start: number; end: number; active: boolean },
  staffId: string,
) {
  await transaction(db, async (tx) => {
    const slot = await tx.loanSlot.findUnique({ where: { id: input.slotId } });
    if (!slot) throw new AppError("NOT_FOUND", lendingMessages.slotNotFound);
    await tx.loanSlot.update({
      where: { id: slot.id },
      data: { startMinutes: input.start, endMinutes: input.end, active: input.active },
    });
    await recordAudit(tx, {
      actorId: staffId,
      action: "loan-slots.changed",
      subjectType: "LoanSlot",
      subjectId: slot.id,
      details: { before: [slot.startMinutes, slot.endMinutes, slot.active], after: input },
    });
  });
}
