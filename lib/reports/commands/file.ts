// Filing a report, from the web form or by staff for a caller: routed to the category's department,
// numbered, its photos stored, the reporter mailed a link to the status page.
import "server-only";
import type { ReportChannel, ReportKind } from "@/generated/prisma/enums";
import { recordAudit } from "@/lib/audit/record";
import { formatDate } from "@/lib/be/time";
import { db } from "@/lib/db";
import { transaction } from "@/lib/db/tx";
import { AppError, FieldError } from "@/lib/errors";
import { LOCATION_MESSAGES, type Place, pointOf } from "@/lib/forms/location";
import { deliverQueued, queueMail } from "@/lib/mail/outbox";
import type { CleanFile } from "@/lib/uploads/clean";
import { newStatusLink, statusPageUrl } from "../links";
import { reportReceivedMail } from "../mails";
import { reportMessages } from "../messages";
import { dueDateKey, dueOnDate } from "../overdue";
import { attachPhotos } from "../photos";
import { formatTrackingNumber } from "../tracking-number";

export type NewReport = {
  kind: ReportKind;
  category: string; // slug
  description: string;
  location: Place;
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

/** The category a report is filed under, or a Dutch refusal (unknown, out of remit, wrong kind). */
export async function categoryForFiling(slug: string, kind: ReportKind) {
  const category = await db.reportCategory.findFirst({ where: { slug, active: true } });
  if (!category) throw new FieldError("category", reportMessages.chooseCategory);
  if (!category.inRemit || !category.departmentId)
    throw new AppError("INVALID_INPUT", reportMessages.outOfRemit(category.name, category.referralText));
  if (!category.kinds.includes(kind))
    throw new AppError("INVALID_INPUT", reportMessages.kindMismatch(category.name));
  return { ...category, departmentId: category.departmentId };
}

/** Photos arrive cleaned (lib/uploads): the image work is done before the transaction. */
export async function createReport(
  input: NewReport,
  photos: readonly CleanFile[],
  context: NewReportContext,
): Promise<{ id: string; number: string; token: string }> {
  const now = context.now ?? new Date();
  const category = await categoryForFiling(input.category, input.kind);
  const point = pointOf(input.location);
  if (category.requiresLocation && !point && !input.location.text)
    throw new FieldError("location.text", LOCATION_MESSAGES.required);
  const actorId = context.createdById ?? context.reporterId ?? null;
  const { report, token, mailIds } = await transaction(db, async (tx) => {
    const [{ n }] = await tx.$queryRaw<{ n: bigint }[]>`SELECT nextval('report_number_seq') AS n`;
    const report = await tx.report.create({
      data: {
        number: formatTrackingNumber(n, now),
        kind: input.kind,
        categoryId: category.id,
        departmentId: category.departmentId,
        dueOn: dueOnDate(now, category.targetDays),
        channel: context.channel,
        description: input.description,
        addressText: input.location.text ?? null,
        latitude: point?.latitude ?? null,
        longitude: point?.longitude ?? null,
        reporterId: context.reporterId ?? null,
        reporterName: input.name ?? null,
        reporterEmail: input.email ?? null,
        reporterPhone: input.phone ?? null,
        createdById: context.createdById ?? null,
        createdAt: now,
        statusChanges: { create: { fromStatus: null, toStatus: "NEW", actorId, at: now } },
      },
    });
    await attachPhotos(tx, report.id, photos, actorId);
    // The first link always opens the status page without signing in: it is the receipt.
    const token = await newStatusLink(tx, report.id, null);
    const mailIds = input.email
      ? [
          await queueMail(
            tx,
            reportReceivedMail({
              to: input.email,
              name: input.name ?? null,
              number: report.number,
              category: category.name,
              link: statusPageUrl(token),
              dueDate: formatDate(new Date(`${dueDateKey(now, category.targetDays)}T12:00:00Z`)),
            }),
          ),
        ]
      : [];
    await recordAudit(tx, {
      actorId,
      onBehalfOfId: context.reporterId ?? null,
      action: "report.created",
      subjectType: "Report",
      subjectId: report.id,
      details: { number: report.number, channel: context.channel },
    });
    return { report, token, mailIds };
  });
  await deliverQueued(db, mailIds);
  return { id: report.id, number: report.number, token };
}
