// Writes of the meldpunt. Each command checks what it needs itself, writes in one transaction
// (report, history, audit, queued mail) and delivers the mail after commit.
import "server-only";
import type { ReportChannel, ReportKind, ReportStatus } from "@/generated/prisma/enums";
import { recordAudit } from "@/lib/audit/record";
import { formatDate } from "@/lib/be/time";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/db/client";
import { AppError, FieldError } from "@/lib/errors";
import { deliverMail, type MailInput, queueMail } from "@/lib/mail/outbox";
import { findDuplicates } from "./duplicates";
import { boxAround, type Point } from "./geo";
import { followingMail, mergedMail, messageMail, reportReceivedMail, statusChangedMail } from "./mails";
import { dueDateKey } from "./overdue";
import type { CleanPhoto } from "./photo-upload";
import { canMove, OPEN_STATUSES } from "./status";
import { newStatusToken } from "./token";
import { formatTrackingNumber, parseTrackingNumber } from "./tracking-number";
import { reportMessages } from "./messages";

export type NewReport = {
  kind: ReportKind;
  category: string; // slug
  description: string;
  addressText?: string;
  latitude?: number;
  longitude?: number;
  name?: string;
  email?: string;
  phone?: string;
};

export type NewReportContext = {
  channel: ReportChannel;
  reporterId?: string | null;
  createdById?: string | null;
  now?: Date;
};

async function deliverAll(ids: string[]) {
  // After commit: a failed delivery stays in the outbox and the mail job retries it.
  for (const id of ids) await deliverMail(db, id);
}

/** The category a report is filed under, or a Dutch refusal (unknown, out of remit, wrong kind). */
export async function categoryForFiling(slug: string, kind: ReportKind) {
  const category = await db.reportCategory.findFirst({ where: { slug, active: true } });
  if (!category) throw new AppError("NOT_FOUND", reportMessages.chooseCategory);
  if (!category.inRemit || !category.departmentId)
    throw new AppError("INVALID_INPUT", reportMessages.outOfRemit(category.name, category.referralText));
  if (!category.kinds.includes(kind))
    throw new AppError("INVALID_INPUT", reportMessages.kindMismatch(category.name));
  return { ...category, departmentId: category.departmentId };
}

/** Open reports of the category near a point that may be the same (nearest first). */
export async function nearbyOpenReports(categoryId: string, point: Point, now = new Date()) {
  const box = boxAround(point, 200);
  const candidates = await db.report.findMany({
    where: {
      categoryId,
      status: { in: [...OPEN_STATUSES] },
      mergedIntoId: null,
      latitude: { gte: box.south, lte: box.north },
      longitude: { gte: box.west, lte: box.east },
    },
    select: {
      id: true,
      number: true,
      categoryId: true,
      status: true,
      createdAt: true,
      mergedIntoId: true,
      latitude: true,
      longitude: true,
      addressText: true,
      description: true,
    },
  });
  const located = candidates.flatMap((c) =>
    c.latitude === null || c.longitude === null
      ? []
      : [{ ...c, latitude: c.latitude, longitude: c.longitude }],
  );
  return findDuplicates({ ...point, categoryId }, located, now);
}

export async function createReport(
  input: NewReport,
  photos: readonly CleanPhoto[],
  context: NewReportContext,
): Promise<{ id: string; number: string; token: string }> {
  const now = context.now ?? new Date();
  const category = await categoryForFiling(input.category, input.kind);
  const hasPoint = input.latitude !== undefined && input.longitude !== undefined;
  if (category.requiresLocation && !hasPoint && !input.addressText)
    throw new FieldError("addressText", reportMessages.locationRequired);
  const { token, hash } = newStatusToken();
  const { report, mailIds } = await db.$transaction(async (tx) => {
    const [{ n }] = await tx.$queryRaw<{ n: bigint }[]>`SELECT nextval('report_number_seq') AS n`;
    const report = await tx.report.create({
      data: {
        number: formatTrackingNumber(n, now),
        kind: input.kind,
        categoryId: category.id,
        departmentId: category.departmentId,
        channel: context.channel,
        description: input.description,
        addressText: input.addressText ?? null,
        latitude: hasPoint ? input.latitude : null,
        longitude: hasPoint ? input.longitude : null,
        reporterId: context.reporterId ?? null,
        reporterName: input.name ?? null,
        reporterEmail: input.email ?? null,
        reporterPhone: input.phone ?? null,
        statusTokenHash: hash,
        createdById: context.createdById ?? null,
        createdAt: now,
        statusChanges: {
          create: {
            fromStatus: null,
            toStatus: "NEW",
            actorId: context.createdById ?? context.reporterId,
            at: now,
          },
        },
        photos: {
          create: photos.map((p) => ({
            contentType: p.contentType,
            size: p.bytes.length,
            bytes: Buffer.from(p.bytes),
          })),
        },
      },
    });
    const mailIds = input.email
      ? [
          await queueMail(
            tx,
            reportReceivedMail(input.email, {
              number: report.number,
              name: input.name,
              category: category.name,
              token,
              dueDate: formatDate(new Date(`${dueDateKey(now, category.targetDays)}T12:00:00Z`)),
            }),
          ),
        ]
      : [];
    await recordAudit(tx, {
      actorId: context.createdById ?? context.reporterId ?? null,
      onBehalfOfId: context.reporterId ?? null,
      action: "report.created",
      subjectType: "Report",
      subjectId: report.id,
      details: { number: report.number, channel: context.channel },
    });
    return { report, mailIds };
  });
  await deliverAll(mailIds);
  return { id: report.id, number: report.number, token };
}

/** Adds (or refreshes) a follower; the mail carries their own status-page link. */
export async function followReport(
  reportId: string,
  email: string,
  userId: string | null,
): Promise<{ number: string }> {
  const { token, hash } = newStatusToken();
  const { number, mailId } = await db.$transaction(async (tx) => {
    const report = await tx.report.findFirst({
      where: { id: reportId, status: { in: [...OPEN_STATUSES] }, mergedIntoId: null },
      include: { category: { select: { name: true } } },
    });
    if (!report) throw new AppError("NOT_FOUND", reportMessages.cannotFollow);
    await tx.reportFollower.upsert({
      where: { reportId_email: { reportId, email } },
      update: { tokenHash: hash, userId: userId ?? undefined },
      create: { reportId, email, userId, tokenHash: hash },
    });
    const mailId = await queueMail(
      tx,
      followingMail(email, { number: report.number, category: report.category.name, token }),
    );
    await recordAudit(tx, {
      actorId: userId,
      action: "report.followed",
      subjectType: "Report",
      subjectId: reportId,
    });
    return { number: report.number, mailId };
  });
  await deliverAll([mailId]);
  return { number };
}

/** Everyone who hears about a report: its reporter and its followers, each address once. */
async function audience(tx: Tx, reportId: string): Promise<string[]> {
  const report = await tx.report.findUniqueOrThrow({
    where: { id: reportId },
    select: {
      reporterEmail: true,
      reporter: { select: { email: true } },
      followers: { select: { email: true } },
    },
  });
  const all = [report.reporterEmail ?? report.reporter?.email, ...report.followers.map((f) => f.email)];
  return [...new Set(all.filter((e): e is string => Boolean(e)).map((e) => e.toLowerCase()))];
}

async function queueForAll(tx: Tx, reportId: string, mail: (to: string) => MailInput) {
  const ids: string[] = [];
  for (const to of await audience(tx, reportId)) ids.push(await queueMail(tx, mail(to)));
  return ids;
}

export async function changeStatus(
  reportId: string,
  to: ReportStatus,
  actorId: string,
  message?: string,
): Promise<void> {
  const mailIds = await db.$transaction(async (tx) => {
    const report = await tx.report.findUnique({ where: { id: reportId } });
    if (!report) throw new AppError("NOT_FOUND");
    if (to === "MERGED" || !canMove(report.status, to))
      throw new AppError("CONFLICT", reportMessages.moveNotAllowed);
    // Conditional on the status we read: of two staff members moving it at once, one wins.
    const moved = await tx.report.updateMany({
      where: { id: reportId, status: report.status },
      data: {
        status: to,
        closedAt: OPEN_STATUSES.includes(to) ? null : new Date(),
      },
    });
    if (moved.count === 0) throw new AppError("CONFLICT");
    await tx.reportStatusChange.create({
      data: { reportId, fromStatus: report.status, toStatus: to, actorId },
    });
    if (message) await tx.reportMessage.create({ data: { reportId, authorId: actorId, body: message } });
    await recordAudit(tx, {
      actorId,
      action: "report.status",
      subjectType: "Report",
      subjectId: reportId,
      details: { from: report.status, to },
    });
    return queueForAll(tx, reportId, (email) =>
      statusChangedMail(email, { number: report.number, status: to, message }),
    );
  });
  await deliverAll(mailIds);
}

export async function reassignDepartment(reportId: string, departmentId: string, actorId: string) {
  await db.$transaction(async (tx) => {
    const department = await tx.department.findUnique({ where: { id: departmentId } });
    if (!department) throw new AppError("NOT_FOUND", reportMessages.departmentNotFound);
    const { count } = await tx.report.updateMany({ where: { id: reportId }, data: { departmentId } });
    if (count === 0) throw new AppError("NOT_FOUND");
    await tx.reportNote.create({
      data: { reportId, authorId: actorId, body: `Toegewezen aan ${department.name}.` },
    });
    await recordAudit(tx, {
      actorId,
      action: "report.reassigned",
      subjectType: "Report",
      subjectId: reportId,
      details: { departmentId },
    });
  });
}

export async function addNote(reportId: string, body: string, actorId: string) {
  const report = await db.report.findUnique({ where: { id: reportId }, select: { id: true } });
  if (!report) throw new AppError("NOT_FOUND");
  await db.reportNote.create({ data: { reportId, authorId: actorId, body } });
}

export async function sendMessage(reportId: string, body: string, actorId: string) {
  const mailIds = await db.$transaction(async (tx) => {
    const report = await tx.report.findUnique({ where: { id: reportId } });
    if (!report) throw new AppError("NOT_FOUND");
    await tx.reportMessage.create({ data: { reportId, authorId: actorId, body } });
    await recordAudit(tx, { actorId, action: "report.message", subjectType: "Report", subjectId: reportId });
    return queueForAll(tx, reportId, (email) => messageMail(email, { number: report.number, message: body }));
  });
  await deliverAll(mailIds);
}

/**
 * Merges a duplicate into another report: the duplicate becomes MERGED and points at the
 * target, its reporter and followers follow the target from now on, and each of them is told.
 */
export async function mergeReport(sourceId: string, targetNumber: string, actorId: string) {
  const number = parseTrackingNumber(targetNumber);
  if (!number) throw new AppError("INVALID_INPUT", reportMessages.enterNumber);
  const result = await db.$transaction(async (tx) => {
    const target = await tx.report.findUnique({ where: { number } });
    if (!target) throw new AppError("NOT_FOUND", reportMessages.numberNotFound(number));
    if (target.id === sourceId) throw new AppError("INVALID_INPUT", reportMessages.mergeWithItself);
    // Lock both rows in id order, so two merges of the same pair cannot deadlock or cross.
    const ids = [sourceId, target.id].sort();
    await tx.$queryRaw`SELECT id FROM "Report" WHERE id IN (${ids[0]}, ${ids[1]}) ORDER BY id FOR UPDATE`;
    const source = await tx.report.findUnique({ where: { id: sourceId } });
    const lockedTarget = await tx.report.findUniqueOrThrow({ where: { id: target.id } });
    if (!source) throw new AppError("NOT_FOUND");
    if (!canMove(source.status, "MERGED")) throw new AppError("CONFLICT", reportMessages.mergeOnlyOpen);
    if (lockedTarget.status === "MERGED" || lockedTarget.mergedIntoId)
      throw new AppError("INVALID_INPUT", reportMessages.targetAlreadyMerged(number));
    const informed = await audience(tx, source.id);

    await tx.report.update({
      where: { id: source.id },
      data: { status: "MERGED", mergedIntoId: target.id, closedAt: new Date() },
    });
    await tx.reportStatusChange.create({
      data: { reportId: source.id, fromStatus: source.status, toStatus: "MERGED", actorId },
    });
    // Followers move over; an address already following the target keeps that one row.
    const followers = await tx.reportFollower.findMany({ where: { reportId: source.id } });
    const already = new Set(
      (await tx.reportFollower.findMany({ where: { reportId: target.id }, select: { email: true } })).map(
        (f) => f.email,
      ),
    );
    for (const f of followers) {
      if (already.has(f.email)) await tx.reportFollower.delete({ where: { id: f.id } });
      else await tx.reportFollower.update({ where: { id: f.id }, data: { reportId: target.id } });
      already.add(f.email);
    }
    // The duplicate's reporter follows the target too; their own link keeps working through the
    // duplicate (the status page follows mergedInto), so this row gets a token nobody holds.
    const reporterEmail = (source.reporterEmail ?? "").toLowerCase();
    if (
      reporterEmail &&
      !already.has(reporterEmail) &&
      reporterEmail !== (lockedTarget.reporterEmail ?? "").toLowerCase()
    ) {
      await tx.reportFollower.create({
        data: {
          reportId: target.id,
          email: reporterEmail,
          userId: source.reporterId,
          tokenHash: newStatusToken().hash,
        },
      });
    }
    await tx.reportNote.create({
      data: {
        reportId: target.id,
        authorId: actorId,
        body: `Melding ${source.number} werd hierin samengevoegd.`,
      },
    });
    await recordAudit(tx, {
      actorId,
      action: "report.merged",
      subjectType: "Report",
      subjectId: source.id,
      details: { into: target.id },
    });
    const mailIds: string[] = [];
    for (const to of informed)
      mailIds.push(
        await queueMail(tx, mergedMail(to, { source: source.number, target: lockedTarget.number })),
      );
    return { mailIds, targetId: target.id };
  });
  await deliverAll(result.mailIds);
  return { targetId: result.targetId };
}
