// Units out of service: staff take units out for repair (from a day, until a day or open-ended),
// and a take-back that finds units missing or damaged takes them out from its day. In one
// transaction the item is locked (requests wait on it), the change is written, the item's day
// pools in the period are locked and read, and either brought down to the new stock or, when a
// day would hold less than is promised, the change is refused with the loans named. Staff may
// confirm: the change is stored, those days keep what is taken (nothing new fits) and the
// returned list says whom to call.
import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { db as appDb } from "@/lib/db";
import type { Db, Tx } from "@/lib/db/client";
import { transaction } from "@/lib/db/tx";
import { AppError, FieldError } from "@/lib/errors";
import type { LoanStockChangeKind } from "@/generated/prisma/enums";
import { lendingMessages } from "../messages";
import { dateColumn } from "../stock-rules";
import { type StockConflict, conflictLine, loansOnShortDays } from "../stock/conflicts";
import { alignPools, lockItems, lockedDayPools } from "../stock/pools";

export class StockConflictError extends AppError {
  constructor(readonly conflicts: StockConflict[]) {
    super(
      "CONFLICT",
      lendingMessages.stockConflict(conflicts.length, conflicts.map(conflictLine).join("; ")),
    );
  }
}

export type OutOfServiceInput = {
  itemId: string;
  kind: LoanStockChangeKind;
  quantity: number;
  fromDate: string;
  untilDate: string | null;
  note?: string | null;
  loanId?: string | null;
};

type Options = { staffId: string; confirmed: boolean; now?: Date };

/** Inside a caller's transaction (a take-back), or on its own through `takeOutOfService`. */
export async function outOfServiceIn(
  tx: Tx,
  input: OutOfServiceInput,
  { staffId, confirmed, now = new Date() }: Options,
) {
  if (input.untilDate !== null && input.untilDate < input.fromDate)
    throw new FieldError("untilDate", lendingMessages.untilBeforeFrom);
  await lockItems(tx, [input.itemId], "UPDATE");
  const item = await tx.loanItem.findUnique({ where: { id: input.itemId } });
  if (!item) throw new AppError("NOT_FOUND", lendingMessages.itemNotFound);
  if (input.quantity > item.stock)
    throw new FieldError("quantity", lendingMessages.moreThanOwned(item.stock, item.unitPlural));
  const change = await tx.loanStockChange.create({
    data: {
      itemId: item.id,
      kind: input.kind,
      quantity: input.quantity,
      fromDate: dateColumn(input.fromDate),
      untilDate: input.untilDate ? dateColumn(input.untilDate) : null,
      note: input.note?.trim() || null,
      loanId: input.loanId ?? null,
      createdById: staffId,
    },
  });
  const pools = await lockedDayPools(tx, item, input.fromDate, input.untilDate, now);
  const conflicts = await loansOnShortDays(tx, pools, now);
  if (conflicts.length > 0 && !confirmed) throw new StockConflictError(conflicts);
  await alignPools(tx, pools);
  await recordAudit(tx, {
    actorId: staffId,
    action: input.kind === "REPAIR" ? "loan-item.repair" : "loan-item.lost",
    subjectType: "LoanItem",
    subjectId: item.id,
    details: {
      quantity: input.quantity,
      fromDate: input.fromDate,
      untilDate: input.untilDate,
      conflictingLoans: conflicts.map((c) => c.loanId),
    },
  });
  return { changeId: change.id, conflicts };
}

export function takeOutOfService(input: OutOfServiceInput, options: Options & { db?: Db }) {
  return transaction(options.db ?? appDb, (tx) => outOfServiceIn(tx, input, options));
}

/** A repair done: its units are back from `day` on (its last day out becomes the day before). */
export async function endRepair(changeId: string, day: string, staffId: string, now = new Date()) {
  return transaction(appDb, async (tx) => {
    const found = await tx.loanStockChange.findUnique({ where: { id: changeId } });
    if (!found || found.kind !== "REPAIR") throw new AppError("NOT_FOUND", lendingMessages.changeNotFound);
    await lockItems(tx, [found.itemId], "UPDATE");
    const change = await tx.loanStockChange.findUniqueOrThrow({
      where: { id: changeId },
      include: { item: true },
    });
    const from = change.fromDate.toISOString().slice(0, 10);
    const lastDay = new Date(dateColumn(day).getTime() - 86_400_000);
    if (change.untilDate && change.untilDate <= lastDay)
      throw new AppError("CONFLICT", lendingMessages.changeNotFound);
    // Ended before it began: nothing was ever out, the row goes.
    if (lastDay < change.fromDate) await tx.loanStockChange.delete({ where: { id: changeId } });
    else await tx.loanStockChange.update({ where: { id: changeId }, data: { untilDate: lastDay } });
    const pools = await lockedDayPools(tx, change.item, from < day ? day : from, null, now);
    await alignPools(tx, pools);
    await recordAudit(tx, {
      actorId: staffId,
      action: "loan-item.repaired",
      subjectType: "LoanItem",
      subjectId: change.itemId,
      details: { changeId, backOn: day },
    });
  });
}
