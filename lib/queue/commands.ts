// Walk-in queue tickets: drawing a number, calling the next one and closing the called one. The
// number and the call are single statements that PostgreSQL serialises, so two kiosks never hand
// out the same number and two desks clicking "volgende" at once never call the same ticket; all of
// it runs in the one transaction helper, so a loser waits seconds, not minutes.
import "server-only";
import { randomBytes } from "node:crypto";
import { Prisma } from "@/generated/prisma/client";
import { appUrl } from "@/lib/app-url";
import type { AuditAction } from "@/lib/audit/labels";
import { recordAudit } from "@/lib/audit/record";
import { brusselsParts } from "@/lib/be/time";
import { db } from "@/lib/db";
import { transaction } from "@/lib/db/tx";
import { AppError, FieldError } from "@/lib/errors";
import { deliverQueued, queueMail } from "@/lib/mail/outbox";
import { siteMessages } from "@/lib/sites/messages";
import { queueTicketMail } from "./mails";
import { queueMessages } from "./messages";
import { checkQueueTicketRate } from "./rate";

const ticketCode = (prefix: string, number: number) => `${prefix}${String(number).padStart(3, "0")}`;
const asDate = (dateKey: string) => new Date(`${dateKey}T00:00:00Z`);
const busy = () => new AppError("CONFLICT", queueMessages.busy);

export type IssueRequest = { siteId: string; queueServiceId: string; email: string | null };

export async function issueTicket(request: IssueRequest, issuedById: string | null, now = new Date()) {
  const day = brusselsParts(now).dateKey;
  const { ticket, mailId } = await transaction(
    db,
    async (tx) => {
      const [site, service] = await Promise.all([
        tx.site.findUnique({ where: { id: request.siteId }, select: { id: true, name: true } }),
        tx.queueService.findFirst({ where: { id: request.queueServiceId, active: true } }),
      ]);
      if (!site) throw new AppError("NOT_FOUND", siteMessages.siteNotFound);
      if (!service) throw new FieldError("queueServiceId", queueMessages.chooseService);
      // One upsert raises the day's number sequence and returns the new number: no two tickets share it.
      const [{ last }] = await tx.$queryRaw<{ last: number }[]>`
        INSERT INTO "QueueNumberSequence" ("siteId", "queueServiceId", "day", "last")
        VALUES (${site.id}, ${service.id}, ${day}::date, 1)
        ON CONFLICT ("siteId", "queueServiceId", "day") DO UPDATE SET "last" = "QueueNumberSequence"."last" + 1
        RETURNING "last"`;
      const ticket = await tx.queueTicket.create({
        data: {
          siteId: site.id,
          queueServiceId: service.id,
          day: asDate(day),
          number: last,
          code: ticketCode(service.prefix, last),
          trackToken: randomBytes(18).toString("base64url"),
          email: request.email,
          issuedById,
        },
      });
      const mailId = request.email
        ? await queueMail(
            tx,
            queueTicketMail(
              request.email,
              ticket.code,
              site.name,
              appUrl(`/wachtrij/ticket/${ticket.trackToken}`),
            ),
          )
        : null;
      return { ticket, mailId };
    },
    { busy },
  );
  await deliverQueued(db, [mailId]);
  return ticket;
}

/** A ticket taken by scanning the QR at the entrance: limited per client address first. */
export async function takeTicketSelfService(request: IssueRequest, address: string, now = new Date()) {
  await checkQueueTicketRate(request.siteId, address, now);
  return issueTicket(request, null, now);
}

/**
 * Calls the oldest waiting ticket of the desk's site (optionally of one queue service) to this
 * desk, and closes the ticket the desk called before. FOR UPDATE SKIP LOCKED lets two desks
 * clicking at once take two different tickets instead of the same one. The desk is remembered as
 * the staff member's desk at this site, so the next call goes to the same desk until they change it.
 */
export async function callNext(
  deskId: string,
  actorId: string,
  queueServiceId: string | null,
  now = new Date(),
) {
  const desk = await db.desk.findUnique({ where: { id: deskId }, select: { id: true, siteId: true } });
  if (!desk) throw new FieldError("deskId", siteMessages.deskNotFound, "NOT_FOUND");
  const day = brusselsParts(now).dateKey;
  const onlyService = queueServiceId ? Prisma.sql`AND "queueServiceId" = ${queueServiceId}` : Prisma.empty;
  return transaction(
    db,
    async (tx) => {
      await tx.queueDeskChoice.upsert({
        where: { userId_siteId: { userId: actorId, siteId: desk.siteId } },
        create: { userId: actorId, siteId: desk.siteId, deskId },
        update: { deskId },
      });
      await tx.queueTicket.updateMany({ where: { deskId, status: "CALLED" }, data: { status: "DONE" } });
      const rows = await tx.$queryRaw<{ id: string; code: string }[]>`
        UPDATE "QueueTicket" SET "status" = 'CALLED', "deskId" = ${deskId}, "calledById" = ${actorId}, "calledAt" = ${now}
        WHERE "id" = (
          SELECT "id" FROM "QueueTicket"
          WHERE "siteId" = ${desk.siteId} AND "day" = ${day}::date AND "status" = 'WAITING' ${onlyService}
          ORDER BY "createdAt", "id" LIMIT 1 FOR UPDATE SKIP LOCKED
        )
        RETURNING "id", "code"`;
      const called = rows[0] ?? null;
      if (called)
        await recordAudit(tx, {
          actorId,
          action: "queue.called",
          subjectType: "QueueTicket",
          subjectId: called.id,
          details: { code: called.code, deskId },
        });
      return called;
    },
    { busy },
  );
}

/**
 * The desk's current ticket again: a new call time puts it back on top of the call screen.
 * Only a ticket that is still called (not served, not marked as no-show) can be called again.
 */
export async function recallTicket(actorId: string, ticketId: string, now = new Date()) {
  return changeCalledTicket(actorId, ticketId, "queue.recalled", { calledAt: now, calledById: actorId });
}

/** The called person did not come: the ticket leaves the call screen and the desk is free. */
export async function markTicketNoShow(actorId: string, ticketId: string) {
  return changeCalledTicket(actorId, ticketId, "queue.no-show", { status: "NO_SHOW" });
}

/** The called person was helped ("Afgehandeld"): the desk is free before it calls the next one. */
export async function finishTicket(actorId: string, ticketId: string) {
  return changeCalledTicket(actorId, ticketId, "queue.done", { status: "DONE" });
}

async function changeCalledTicket(
  actorId: string,
  ticketId: string,
  action: AuditAction,
  data: Prisma.QueueTicketUpdateManyMutationInput,
) {
  return transaction(
    db,
    async (tx) => {
      const done = await tx.queueTicket.updateMany({ where: { id: ticketId, status: "CALLED" }, data });
      if (done.count === 0) throw new AppError("CONFLICT", queueMessages.noLongerCalled);
      const ticket = await tx.queueTicket.findUniqueOrThrow({ where: { id: ticketId } });
      await recordAudit(tx, {
        actorId,
        action,
        subjectType: "QueueTicket",
        subjectId: ticketId,
        details: { code: ticket.code, deskId: ticket.deskId },
      });
      return { code: ticket.code };
    },
    { busy },
  );
}
