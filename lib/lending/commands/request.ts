// A loan request: checked and priced again (prepare.ts), the day pools created if they are new,
// then ONE take through the payment core: createOrder → takeHolds holds the quantity of every item
// on every day of the period (pools in id order, all or nothing) and writes the order with its rent
// and deposit lines; the loan and its lines are written in the same transaction. Before the take
// the item rows are locked for share and the day pools brought to their day's stock (repairs, lost
// units: lib/lending/stock/pools.ts). Staff at the desk
// run the same command with their id (audit: actor and resident). An officer of a recognised
// association may pay by invoice: issued in the same transaction (lib/payments/invoice.ts), which
// confirms the loan and keeps its stock until the invoice is paid. Borrowed for an event dossier,
// the loan is linked to it in the same transaction (the borrower's own open dossier, else refused).
import "server-only";
import { randomBytes } from "node:crypto";
import { recordAudit } from "@/lib/audit/record";
import { ensurePools } from "@/lib/capacity";
import { db as appDb } from "@/lib/db";
import type { Db } from "@/lib/db/client";
import { transaction } from "@/lib/db/tx";
import { FieldError } from "@/lib/errors";
import { auditLinkOnCreate, requireOwnOpenDossier } from "@/lib/events/dossier";
import { deliverQueued } from "@/lib/mail/outbox";
import { createOrder } from "@/lib/payments";
import { issueInvoice } from "@/lib/payments/invoice";
import { paymentMessages } from "@/lib/payments/messages";
import { LOAN_DEPOSIT_ITEM, LOAN_ITEM, LOAN_TRANSPORT_ITEM } from "../fulfil";
import { loanDays, poolKey } from "../rules";
import type { BasketInput } from "../schema";
import { alignPools, lockItems, lockedDayPools } from "../stock/pools";
import { prepareLoan, type PreparedLoan } from "./prepare";

/** The delivery columns of a loan: the address and the transport cost, or nothing at the depot. */
function deliveryData({ handover, deliveryAddress: a, transportCents }: PreparedLoan) {
  if (handover !== "DELIVERY" || !a) return { delivery: false };
  return {
    delivery: true,
    deliveryStreet: a.street,
    deliveryHouseNumber: a.houseNumber,
    deliveryBox: a.box ?? null,
    deliveryPostcode: a.postcode,
    deliveryCity: a.city,
    transportCents,
  };
}

/** How long the stock stays held while the borrower pays online; a transfer extends it. */
const HOLD_MINUTES = 30;

export async function requestLoan(
  input: BasketInput,
  who: { userId: string; staffId?: string | null },
  // The race tests pass a client with a connection per racer; the app uses its own.
  {
    db = appDb,
    now = new Date(),
    invoice = false,
  }: {
    db?: Db;
    now?: Date;
    /** Pay by invoice: only for a recognised association the requester is an officer of. */
    invoice?: boolean;
  } = {},
) {
  const prepared = await prepareLoan(db, input, who.userId, { atDesk: Boolean(who.staffId), now });
  const invoiceTo = invoice ? prepared.association : null;
  if (invoice && !invoiceTo?.recognised)
    throw new FieldError("payment", paymentMessages.invoiceOnlyForRecognised, "FORBIDDEN");
  const days = loanDays(prepared.pickup.date, prepared.giveBack.date);
  // Pools are harmless to create ahead (full stock, nothing taken), outside the transaction, so
  // the transaction itself only takes: its pool rows are locked by the take, in id order.
  const pools = await ensurePools(
    db,
    prepared.lines.flatMap((l) =>
      days.map((d) => ({
        key: poolKey(l.item.id, d),
        label: `${l.item.name} op ${d}`,
        capacity: l.item.stock,
      })),
    ),
  );
  const loanId = `loan_${randomBytes(12).toString("hex")}`;
  const { order, mailId } = await transaction(db, async (tx) => {
    // Borrowed for an event: the borrower's own open dossier, or nothing is made.
    const forEvent = input.dossier ? await requireOwnOpenDossier(tx, input.dossier, who.userId) : null;
    // Stock changes lock the item for update: a request waits for one in progress and then sees
    // it, and brings its pools down to the day's stock before taking (stock/pools.ts).
    const items = prepared.lines.map((l) => l.item).sort((a, b) => a.id.localeCompare(b.id));
    await lockItems(
      tx,
      items.map((i) => i.id),
      "SHARE",
    );
    for (const item of items)
      await alignPools(tx, await lockedDayPools(tx, item, prepared.pickup.date, prepared.giveBack.date, now));
    const created = await createOrder(
      tx,
      {
        buyer: prepared.borrower,
        soldById: who.staffId ?? null,
        lines: [
          ...prepared.lines.map((l) => ({
            itemType: LOAN_ITEM,
            itemId: loanId,
            description: `${l.item.name} (${prepared.pickup.label} tot ${prepared.giveBack.label})`,
            quantity: l.quantity,
            unitCents: l.unitCents,
            tariffCode: prepared.category.code,
            tariffLabel: prepared.category.label,
          })),
          ...(prepared.depositCents > 0
            ? [
                {
                  itemType: LOAN_DEPOSIT_ITEM,
                  itemId: loanId,
                  description: "Waarborg uitleendienst",
                  quantity: 1,
                  unitCents: prepared.depositCents,
                  tariffCode: "WAARBORG",
                  tariffLabel: "Waarborg",
                },
              ]
            : []),
          ...(prepared.transportCents > 0
            ? [
                {
                  itemType: LOAN_TRANSPORT_ITEM,
                  itemId: loanId,
                  description: `Levering en ophaling door de technische dienst (${prepared.pickup.label} en ${prepared.giveBack.label})`,
                  quantity: 1,
                  unitCents: prepared.transportCents,
                  tariffCode: "TRANSPORT",
                  tariffLabel: "Transport",
                },
              ]
            : []),
        ],
        holds: prepared.lines.flatMap((l) =>
          days.map((d) => ({ poolId: pools.get(poolKey(l.item.id, d))!, quantity: l.quantity })),
        ),
        expiresAt: new Date(now.getTime() + HOLD_MINUTES * 60_000),
      },
      now,
    );
    await tx.loan.create({
      data: {
        id: loanId,
        userId: who.userId,
        associationId: prepared.association?.id ?? null,
        borrowerName: prepared.borrower.name,
        borrowerEmail: prepared.borrower.email,
        categoryCode: prepared.category.code,
        pickupDate: new Date(`${prepared.pickup.date}T00:00:00Z`),
        pickupSlotId: prepared.pickup.slotId,
        returnDate: new Date(`${prepared.giveBack.date}T00:00:00Z`),
        returnSlotId: prepared.giveBack.slotId,
        orderId: created.id,
        depositCents: prepared.depositCents,
        ...forEvent,
        ...deliveryData(prepared),
        createdById: who.staffId ?? null,
        lines: {
          create: prepared.lines.map((l) => ({
            itemId: l.item.id,
            quantity: l.quantity,
            unitCents: l.unitCents,
            depositCents: l.depositCents,
          })),
        },
      },
    });
    await recordAudit(tx, {
      actorId: who.staffId ?? who.userId,
      onBehalfOfId: who.userId,
      associationId: prepared.association?.id ?? null,
      action: "loan.requested",
      subjectType: "Loan",
      subjectId: loanId,
    });
    if (forEvent) await auditLinkOnCreate(tx, forEvent, { actorId: who.userId, kind: "loan", id: loanId });
    // The invoice confirms the loan and its stock at once; checked again here (officer, recognised).
    const issued = invoiceTo
      ? await issueInvoice(tx, created.id, { associationId: invoiceTo.id, officerUserId: who.userId }, now)
      : null;
    return { order: created, mailId: issued?.mailId ?? null };
  });
  await deliverQueued(db, [mailId]);
  return { loanId, order };
}
