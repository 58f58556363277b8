// Staff add, change and remove the sessions of an activity (activities:manage). A session's places
// are its capacity-engine pool `session:<id>`: a new session gets its pool in the same transaction,
// a new capacity goes through the engine under the pool's lock and never below the places taken
// (held or confirmed; holds past their time are swept first, as the engine counts them free). Dates
// stay once children are registered (their registrations carry the dates the overlap rule reads);
// a session goes only when it never had a registration nor a lottery choice.
import "server-only";
import { randomUUID } from "node:crypto";
import { recordAudit } from "@/lib/audit/record";
import { ensurePool, expireHolds, lockPools, setCapacity } from "@/lib/capacity";
import { db as appDb } from "@/lib/db";
import type { Db, Tx } from "@/lib/db/client";
import { transaction } from "@/lib/db/tx";
import { AppError, FieldError } from "@/lib/errors";
import { activityAdminMessages as am } from "../admin-messages";
import type { SessionInput } from "../admin-schema";
import { activityMessages as m } from "../messages";
import { poolKey } from "../rules";
import { dateKeyOf as key } from "@/lib/be/date-key";

const asDate = (key: string) => new Date(`${key}T00:00:00Z`);

type Options = { db?: Db; now?: Date };

async function lockedSession(tx: Tx, activityId: string, sessionId: string) {
  await tx.$queryRaw`SELECT id FROM "ActivitySession" WHERE id = ${sessionId} FOR UPDATE`;
  const session = await tx.activitySession.findUnique({
    where: { id: sessionId },
    include: { _count: { select: { registrations: true } } },
  });
  if (!session || session.activityId !== activityId) throw new AppError("NOT_FOUND", m.sessionNotFound);
  return session;
}

/** The pool's capacity set to `capacity`, refused below what is taken (named in the message). */
async function resize(tx: Tx, poolId: string, capacity: number, now: Date) {
  await lockPools(tx, [poolId], now);
  await expireHolds(tx, now, [poolId]);
  const { taken } = await tx.capacityPool.findUniqueOrThrow({
    where: { id: poolId },
    select: { taken: true },
  });
  if (capacity < taken) throw new FieldError("capacity", am.capacityBelowTaken(taken), "CONFLICT");
  await setCapacity(tx, poolId, capacity);
}

export async function saveSession(
  input: SessionInput,
  staffId: string,
  { db = appDb, now = new Date() }: Options = {},
) {
  const { activityId, sessionId, start, end, ...rest } = input;
  const fields = { ...rest, startDate: asDate(start), endDate: asDate(end) };
  return transaction(db, async (tx) => {
    const activity = await tx.activity.findUnique({ where: { id: activityId }, select: { title: true } });
    if (!activity) throw new AppError("NOT_FOUND", m.activityNotFound);
    let id: string;
    if (sessionId) {
      const before = await lockedSession(tx, activityId, sessionId);
      const moved = key(before.startDate) !== start || key(before.endDate) !== end;
      if (moved && before._count.registrations > 0) throw new FieldError("start", am.datesWithRegistrations);
      await resize(tx, before.poolId, input.capacity, now);
      await tx.activitySession.update({ where: { id: sessionId }, data: fields });
      id = sessionId;
    } else {
      id = `ses_${randomUUID()}`;
      const poolId = await ensurePool(tx, poolKey(id), `${activity.title}, ${input.label}`, input.capacity);
      await tx.activitySession.create({ data: { ...fields, id, activityId, poolId } });
    }
    await recordAudit(tx, {
      actorId: staffId,
      action: "activity.session-saved",
      subjectType: "ActivitySession",
      subjectId: id,
      details: { activityId, label: input.label, start, end, capacity: input.capacity, added: !sessionId },
    });
    return { id };
  });
}

export async function removeSession(
  input: { activityId: string; sessionId: string },
  staffId: string,
  { db = appDb }: { db?: Db } = {},
) {
  return transaction(db, async (tx) => {
    const session = await lockedSession(tx, input.activityId, input.sessionId);
    if (session._count.registrations > 0)
      throw new AppError("CONFLICT", am.sessionHasRegistrations(session._count.registrations));
    const chosen = await tx.lotteryEntryChild.count({ where: { choices: { has: session.id } } });
    if (chosen > 0) throw new AppError("CONFLICT", am.sessionInLottery);
    await tx.activitySession.delete({ where: { id: session.id } });
    // The pool goes with it unless a hold ever named it (then it stays, as the holds' history).
    await tx.capacityPool.deleteMany({ where: { id: session.poolId, holds: { none: {} } } });
    await recordAudit(tx, {
      actorId: staffId,
      action: "activity.session-removed",
      subjectType: "ActivitySession",
      subjectId: session.id,
      details: { activityId: input.activityId, label: session.label, start: key(session.startDate) },
    });
  });
}
