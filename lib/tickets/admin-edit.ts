// Editing a performance after it was created: its texts, venue, date, sales window, seats and tariffs.
// Prices apply to new orders only (each order line keeps the tariff and price it was sold at).
// When the date or the venue changes, every buyer of a paid order is told.
import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { ensurePool, setCapacity } from "@/lib/capacity";
import { db } from "@/lib/db";
import { transaction } from "@/lib/db/tx";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { deliverQueued, queueMail } from "@/lib/mail/outbox";
import { performanceChangedMail } from "./mails";
import { performanceFields, startOf } from "./performance-fields";
import type { PerformanceInput, TariffRow } from "./admin-schema";
import { tariffCode } from "./tariff-code";
import { ticketMessages } from "./messages";

type Performance = { id: string; slug: string; title: string };

/**
 * A quota added to a tariff that already sold tickets starts with those tickets counted, so the
 * quota is never exceeded. Those earlier orders hold no seat in the new pool, so refunding one later
 * does not free a quota place: the quota errs on the safe side.
 */
async function quotaPoolFor(
  tx: Tx,
  performance: Performance,
  code: string,
  row: TariffRow,
  current: string | null,
) {
  if (row.quota === null) return null;
  if (current) {
    await setCapacity(tx, current, row.quota);
    return current;
  }
  const sold = row.id ? await tx.ticket.count({ where: { ticketTypeId: row.id, status: "VALID" } }) : 0;
  if (sold > row.quota) throw new AppError("CONFLICT", ticketMessages.quotaBelowSold(sold, row.label));
  const poolId = await ensurePool(
    tx,
    `ticket-type:${performance.slug}:${code}`,
    `${performance.title} - ${row.label}`,
    row.quota,
  );
  await tx.$executeRaw`UPDATE "CapacityPool" SET taken = ${sold} WHERE id = ${poolId} AND taken < ${sold}`;
  await setCapacity(tx, poolId, row.quota);
  return poolId;
}

async function saveTariffs(tx: Tx, performance: Performance, input: PerformanceInput) {
  const existing = await tx.ticketType.findMany({ where: { performanceId: performance.id } });
  const byId = new Map(existing.map((t) => [t.id, t]));
  const codes = new Set(existing.map((t) => t.code));
  const newCode = (label: string) => {
    let n = existing.length;
    while (codes.has(tariffCode(label, n))) n++;
    codes.add(tariffCode(label, n));
    return tariffCode(label, n);
  };
  for (const [index, row] of input.types.entries()) {
    const current = row.id ? byId.get(row.id) : undefined;
    if (row.id && !current) throw new AppError("NOT_FOUND", ticketMessages.tariffNotOfPerformance);
    const code = current?.code ?? newCode(row.label);
    const quotaPoolId = await quotaPoolFor(tx, performance, code, row, current?.quotaPoolId ?? null);
    const data = {
      label: row.label,
      priceCents: row.priceCents,
      sortOrder: index,
      active: true,
      quotaPoolId,
    };
    if (current) await tx.ticketType.update({ where: { id: current.id }, data });
    else await tx.ticketType.create({ data: { ...data, performanceId: performance.id, code } });
  }
  // A tariff whose row was emptied, or removed from the form, is no longer sold.
  const kept = new Set(input.types.flatMap((row) => (row.id ? [row.id] : [])));
  const retired = existing.filter((t) => t.active && !kept.has(t.id)).map((t) => t.id);
  await tx.ticketType.updateMany({ where: { id: { in: retired } }, data: { active: false } });
}

async function tellBuyers(
  tx: Tx,
  performanceId: string,
  performance: { title: string; startsAt: Date; venue: string },
) {
  const tickets = await tx.ticket.findMany({
    where: { performanceId, status: "VALID" },
    distinct: ["orderId"],
    select: { orderId: true },
  });
  const orders = await tx.order.findMany({
    where: { status: "PAID", id: { in: tickets.map((t) => t.orderId) } },
    select: { buyerEmail: true, buyerName: true, accessToken: true, number: true },
  });
  const ids: string[] = [];
  for (const { buyerEmail, ...order } of orders) {
    if (!buyerEmail) continue; // printed tickets at the desk, no address
    ids.push(await queueMail(tx, performanceChangedMail({ ...order, buyerEmail }, performance)));
  }
  return ids;
}

export async function updatePerformance(
  staffId: string,
  performanceId: string,
  input: PerformanceInput,
  now = new Date(),
): Promise<{ buyersTold: number }> {
  const before = await db.performance.findUnique({ where: { id: performanceId } });
  if (!before) throw new AppError("NOT_FOUND", ticketMessages.performanceNotFound);
  if (before.cancelledAt) throw new AppError("CONFLICT", ticketMessages.cancelledNotEditable);
  const startsAt = startOf(input);
  if (startsAt <= now) throw new AppError("INVALID_INPUT", ticketMessages.mustBeInFuture);
  const venue = `${input.venueName}, ${input.venueAddress}`;
  const moved =
    startsAt.getTime() !== before.startsAt.getTime() ||
    input.venueName !== before.venueName ||
    input.venueAddress !== before.venueAddress;
  const mails = await transaction(db, async (tx) => {
    await tx.performance.update({
      where: { id: performanceId },
      data: performanceFields(input),
    });
    await setCapacity(tx, before.poolId, input.seats);
    await saveTariffs(tx, { id: performanceId, slug: before.slug, title: input.title }, input);
    await recordAudit(tx, {
      actorId: staffId,
      action: "performance.updated",
      subjectType: "Performance",
      subjectId: performanceId,
      details: moved ? { movedFrom: before.startsAt.toISOString(), venue } : undefined,
    });
    return moved ? tellBuyers(tx, performanceId, { title: input.title, startsAt, venue }) : [];
  });
  await deliverQueued(db, mails);
  return { buyersTold: mails.length };
}
