// Checks a basket against everything only the server knows and prices it: the items exist, the
// borrower's category may borrow them, the slots exist on those weekdays, the period is inside the
// category's lead time (working days) and horizon, the requester is an officer of the association,
// required accessories are there, and every day has the stock. Throws a FieldError naming the form
// field. Used by the review page and again by the request itself (nothing is stored here).
import "server-only";
import { formatDateKey } from "@/lib/be/calendar-date";
import { brusselsParts, formatMinutes } from "@/lib/be/time";
import { isWorkingDay, weekdayOf } from "@/lib/be/working-days";
import type { Db, Tx } from "@/lib/db/client";
import { FieldError } from "@/lib/errors";
import type { Address } from "@/lib/forms/address";
import { deliveryPossible, inDeliveryArea, transportCost, windowOnDay, type Handover } from "../delivery";
import { unitsText, weekdayShort } from "../labels";
import { lendingMessages } from "../messages";
import { freePerDay } from "../queries/availability";
import { accessoryNeeds, categoryFor, leadWindow } from "../rules";
import type { BasketInput } from "../schema";

export type PreparedLine = {
  item: {
    id: string;
    name: string;
    unitSingular: string;
    unitPlural: string;
    stock: number;
    deliverable: boolean;
  };
  quantity: number;
  unitCents: number;
  depositCents: number;
};

export type PreparedLoan = {
  borrower: { userId: string; name: string; email: string | null };
  /** `recognised`: the association may pay by invoice (lib/payments/invoice.ts checks again). */
  association: { id: string; name: string; recognised: boolean } | null;
  category: { code: string; label: string };
  lines: PreparedLine[];
  pickup: { date: string; slotId: string; label: string };
  giveBack: { date: string; slotId: string; label: string };
  /** DELIVERY: `pickup` and `giveBack` are the technical service's delivery and collection windows. */
  handover: Handover;
  deliveryAddress: Address | null;
  rentCents: number;
  depositCents: number;
  transportCents: number;
  conditions: string[];
  suggestions: string[];
};

const dayLabel = (date: string) => `${weekdayShort(weekdayOf(date))} ${formatDateKey(date).slice(0, 5)}`;

async function borrowerOf(db: Db | Tx, userId: string, borrowFor: string) {
  const user = await db.user.findUnique({ where: { id: userId }, select: { name: true, email: true } });
  if (!user) throw new FieldError("borrowFor", lendingMessages.residentNotFound, "NOT_FOUND");
  const borrower = { userId, name: user.name ?? user.email ?? "Inwoner", email: user.email };
  if (borrowFor === "self") return { borrower, association: null };
  const membership = await db.associationMember.findFirst({
    where: { userId, associationId: borrowFor, role: "MANAGER" },
    select: { association: { select: { id: true, name: true, recognised: true } } },
  });
  if (!membership) throw new FieldError("borrowFor", lendingMessages.notAnOfficer, "FORBIDDEN");
  return { borrower, association: membership.association };
}

const MOMENTS = {
  PICKUP: { field: "pickupSlotId", message: lendingMessages.slotNotThatDay("ophaal") },
  RETURN: { field: "returnSlotId", message: lendingMessages.slotNotThatDay("terugbreng") },
  DELIVERY: { field: "deliverySlotId", message: lendingMessages.windowNotThatDay("levering") },
  COLLECTION: { field: "collectionSlotId", message: lendingMessages.windowNotThatDay("ophaling") },
} as const;

async function slotOf(db: Db | Tx, slotId: string, kind: keyof typeof MOMENTS, date: string) {
  const { field, message } = MOMENTS[kind];
  const slot = await db.loanSlot.findFirst({ where: { id: slotId, kind, active: true } });
  if (!slot || !windowOnDay(slot, date)) throw new FieldError(field, message);
  // Slots are per weekday; on a public holiday (the portal's one holiday source) the depot is closed.
  if (!isWorkingDay(date) && slot.isoWeekday <= 5)
    throw new FieldError(field, lendingMessages.depotClosed(date));
  return slot;
}

/** A delivery: a deliverable item among the chosen, an address in the area; returns the transport cost. */
async function checkDelivery(db: Db | Tx, input: BasketInput, lines: PreparedLine[]): Promise<number> {
  if (!deliveryPossible(lines.map((l) => l.item)))
    throw new FieldError("handover", lendingMessages.notDeliverable);
  const settings = await db.loanSettings.findUnique({ where: { id: 1 } });
  const area = settings?.deliveryPostcodes ?? [];
  if (!input.delivery) throw new FieldError("delivery.street", lendingMessages.addressForDelivery);
  if (!inDeliveryArea(input.delivery.postcode, area))
    throw new FieldError("delivery.postcode", lendingMessages.outsideArea(area));
  return transportCost("DELIVERY", settings?.deliveryCents ?? 0);
}

export async function prepareLoan(
  db: Db | Tx,
  input: BasketInput,
  userId: string,
  { atDesk = false, now = new Date() }: { atDesk?: boolean; now?: Date } = {},
): Promise<PreparedLoan> {
  const { borrower, association } = await borrowerOf(db, userId, input.borrowFor);
  const category = categoryFor(await db.loanCategory.findMany(), association);
  if (!category) throw new FieldError("borrowFor", lendingMessages.notAnOfficer, "FORBIDDEN");

  const chosen = Object.entries(input.quantities).filter(([, q]) => q > 0);
  const items = await db.loanItem.findMany({
    where: { id: { in: chosen.map(([id]) => id) }, active: true },
    include: { prices: { where: { categoryCode: category.code } }, accessories: true },
  });
  const lines: PreparedLine[] = chosen.map(([itemId, quantity]) => {
    const item = items.find((i) => i.id === itemId);
    const field = `quantities.${itemId}`;
    if (!item) throw new FieldError(field, lendingMessages.itemNotFound, "NOT_FOUND");
    const price = item.prices[0];
    if (!price) throw new FieldError(field, lendingMessages.categoryNotAllowed(item.name, category.label));
    if (quantity > item.stock)
      throw new FieldError(field, lendingMessages.moreThanStock(item.stock, item.unitPlural));
    return { item, quantity, unitCents: price.unitCents, depositCents: item.depositCents };
  });

  const window = leadWindow(brusselsParts(now).dateKey, category.leadWorkingDays, category.horizonMonths);
  // At the desk staff may lend for tomorrow (they know what is ready); the horizon still holds.
  if (!atDesk && input.pickupDate < window.earliest)
    throw new FieldError("pickupDate", lendingMessages.tooEarly(window.earliest, category.leadWorkingDays));
  if (input.pickupDate <= brusselsParts(now).dateKey)
    throw new FieldError("pickupDate", lendingMessages.tooEarly(window.earliest, category.leadWorkingDays));
  if (input.returnDate > window.latest)
    throw new FieldError("returnDate", lendingMessages.tooLate(window.latest, category.horizonMonths));
  // The period first, then the depot's moments (or the delivery windows) on those days.
  const delivered = input.handover === "DELIVERY";
  const transportCents = delivered ? await checkDelivery(db, input, lines) : 0;
  const pickupSlot = delivered
    ? await slotOf(db, input.deliverySlotId ?? "", "DELIVERY", input.pickupDate)
    : await slotOf(db, input.pickupSlotId, "PICKUP", input.pickupDate);
  const returnSlot = delivered
    ? await slotOf(db, input.collectionSlotId ?? "", "COLLECTION", input.returnDate)
    : await slotOf(db, input.returnSlotId, "RETURN", input.returnDate);

  const rules = items.flatMap((i) => i.accessories);
  const { missing, suggested } = accessoryNeeds(input.quantities, rules);
  const named = await db.loanItem.findMany({
    where: { id: { in: [...missing, ...suggested].flatMap((n) => [n.itemId, n.accessoryId]) } },
  });
  const nameOf = (id: string) => named.find((i) => i.id === id)!;
  for (const need of missing) {
    const acc = nameOf(need.accessoryId);
    throw new FieldError(
      `quantities.${need.accessoryId}`,
      lendingMessages.accessoryRequired(
        need.needed,
        acc.unitPlural,
        unitsText(input.quantities[need.itemId]!, nameOf(need.itemId)),
      ),
    );
  }

  const free = await freePerDay(
    db,
    lines.map((l) => l.item),
    input.pickupDate,
    input.returnDate,
    now,
  );
  for (const line of lines) {
    const short = free.get(line.item.id)!.find((d) => d.free < line.quantity);
    if (short)
      throw new FieldError(
        `quantities.${line.item.id}`,
        lendingMessages.notEnoughOnDay(short.free, short.stock, line.item.unitPlural, dayLabel(short.date)),
      );
  }
  const slotText = (s: { startMinutes: number; endMinutes: number }, date: string) =>
    `${dayLabel(date)} ${formatMinutes(s.startMinutes)}–${formatMinutes(s.endMinutes)}`;
  return {
    borrower,
    association: association && {
      id: association.id,
      name: association.name,
      recognised: association.recognised,
    },
    category: { code: category.code, label: category.label },
    lines,
    pickup: { date: input.pickupDate, slotId: pickupSlot.id, label: slotText(pickupSlot, input.pickupDate) },
    giveBack: {
      date: input.returnDate,
      slotId: returnSlot.id,
      label: slotText(returnSlot, input.returnDate),
    },
    handover: delivered ? "DELIVERY" : "DEPOT",
    deliveryAddress: delivered ? (input.delivery ?? null) : null,
    rentCents: lines.reduce((s, l) => s + l.quantity * l.unitCents, 0),
    depositCents: lines.reduce((s, l) => s + l.quantity * l.depositCents, 0),
    transportCents,
    conditions: items
      .filter((i) => lines.some((l) => l.item.id === i.id))
      .map((i) => `${i.name}: ${i.conditions}`),
    suggestions: suggested.map(
      (s) =>
        `Bij ${unitsText(input.quantities[s.itemId]!, nameOf(s.itemId))} raden we ${unitsText(s.needed, nameOf(s.accessoryId))} aan.`,
    ),
  };
}
