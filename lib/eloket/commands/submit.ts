// Submitting a draft: the whole form is judged again from the definition of the draft's own
// version (the server is the authority, earlier pages included), the fee derived from the rules,
// and a case opened with its reference number, its files linked, its fee asked as an order of the
// payment core, the draft removed and the applicant mailed, all in one transaction.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record";
import { formatEuro } from "@/lib/be/money";
import { brusselsParts, formatDate } from "@/lib/be/time";
import { appUrl } from "@/lib/app-url";
import type { Db } from "@/lib/db/client";
import { transaction } from "@/lib/db/tx";
import { AppError } from "@/lib/errors";
import {
  type Answers,
  type PrefillContext,
  compile,
  feeOf,
  dueDateOf,
  noticeOf,
  parseDefinition,
  toFormValues,
  withOptions,
} from "@/lib/form-engine";
import { deliverQueued, queueMail } from "@/lib/mail/outbox";
import { caseReceivedMail } from "@/lib/cases/mails";
import { formatCaseNumber } from "@/lib/cases/number";
import { initialStatus } from "@/lib/cases/workflow";
import { eloketMessages } from "../messages";
import { fileIdsOf } from "./draft";
import { openFeeOrder } from "./fee-order";

export type Submitted = { id: string; number: string };

/** Which page holds the first problem of a whole submission (to send the resident back there). */
export class IncompleteDraft extends AppError {
  constructor(
    readonly page: string,
    title: string,
  ) {
    super("INVALID_INPUT", eloketMessages.completeFirst(title));
  }
}

export async function submitDraft(
  db: Db,
  input: {
    userId: string;
    versionId: string;
    now?: Date;
    context?: PrefillContext;
    /** The staff member who filed it at the desk or on the phone, for the applicant. */
    filedById?: string;
  },
): Promise<Submitted> {
  const now = input.now ?? new Date();
  const actorId = input.filedById ?? input.userId;
  const today = brusselsParts(now).dateKey;
  const { submitted, mailIds } = await transaction(db, async (tx) => {
    // Locking the draft row: a double click submits once, the second finds no draft.
    const drafts = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "CaseDraft" WHERE "userId" = ${input.userId} AND "versionId" = ${input.versionId} FOR UPDATE`;
    const draft =
      drafts[0] &&
      (await tx.caseDraft.findUnique({
        where: { id: drafts[0].id },
        include: {
          version: {
            include: {
              product: {
                include: { workflow: { include: { statuses: true, transitions: true } }, team: true },
              },
            },
          },
          user: true,
        },
      }));
    if (!draft) {
      // A second click (or a second tab) after the first submit: say it went through.
      const sent = await tx.case.findFirst({
        where: {
          applicantId: input.userId,
          versionId: input.versionId,
          submittedAt: { gte: new Date(now.getTime() - 3_600_000) },
        },
        orderBy: { submittedAt: "desc" },
      });
      if (sent) throw new AppError("CONFLICT", eloketMessages.alreadySubmitted(sent.number));
      throw new AppError("NOT_FOUND", eloketMessages.draftNotFound);
    }
    // The same options as the pages (an association the applicant is still an officer of).
    const def = withOptions(parseDefinition(draft.version.definition), input.context ?? {});
    const stored = draft.answers as Answers;
    const judged = compile(def, stored, { today }).safeParse(toFormValues(def, stored));
    if (!judged.success) {
      const key = String(judged.error.issues[0]?.path[0]);
      const page = def.pages.find((p) => p.fields.some((f) => f.key === key)) ?? def.pages[0]!;
      throw new IncompleteDraft(page.key, page.title);
    }
    const answers = judged.data;
    const product = draft.version.product;
    const fee = feeOf(def.derived, answers);
    const [{ n }] = await tx.$queryRaw<{ n: bigint }[]>`SELECT nextval('case_number_seq') AS n`;
    const status = initialStatus(product.workflow);
    const notice = noticeOf(def.derived, answers, today);
    const dueKey = dueDateOf(today, product.slaDays, notice);
    const created = await tx.case.create({
      data: {
        number: formatCaseNumber(n, now),
        productId: product.id,
        versionId: draft.versionId,
        workflowId: product.workflowId,
        teamId: product.teamId,
        status,
        applicantId: input.userId,
        filedById: input.filedById ?? null,
        answers: answers as Prisma.InputJsonValue,
        feeCents: fee.cents,
        exemption: fee.exemption ?? null,
        dueOn: new Date(`${dueKey}T00:00:00Z`),
        subjectDay: notice?.from ? new Date(`${notice.from}T00:00:00Z`) : null,
        riskLabel: notice?.risk ?? null,
        riskLevel: notice?.level ?? null,
        submittedAt: now,
        events: { create: { kind: "SUBMITTED", actorId, toStatus: status, at: now } },
      },
    });
    const fileIds = fileIdsOf(answers);
    const fieldOf = (id: string) =>
      Object.entries(answers).find(([, v]) => fileIdsOf({ v }).includes(id))?.[0] ?? "";
    if (fileIds.length)
      await tx.caseFile.createMany({
        data: fileIds.map((fileId) => ({ fileId, caseId: created.id, fieldKey: fieldOf(fileId) })),
      });
    // Hall bookings and loans requested for the draft (the event wizard) now belong to the case.
    const moved = {
      where: { eventDraftId: draft.id },
      data: { eventDraftId: null, eventCaseId: created.id },
    };
    await tx.hallBooking.updateMany(moved);
    await tx.loan.updateMany(moved);
    await tx.caseDraft.delete({ where: { id: draft.id } });
    if (fee.cents > 0 && !fee.exemption)
      await openFeeOrder(tx, {
        caseId: created.id,
        number: created.number,
        product: product.name,
        feeCents: fee.cents,
        buyer: {
          userId: input.userId,
          name: draft.user.name ?? draft.user.email ?? "",
          email: draft.user.email,
        },
        now,
      });
    await recordAudit(tx, {
      actorId,
      onBehalfOfId: input.userId,
      action: "case.submitted",
      subjectType: "Case",
      subjectId: created.id,
      details: { number: created.number, product: product.slug },
    });
    const mailIds = draft.user.email
      ? [
          await queueMail(
            tx,
            caseReceivedMail({
              to: draft.user.email,
              name: draft.user.name,
              number: created.number,
              product: product.name,
              team: product.team.name,
              link: appUrl(`/mijn/aanvragen/${created.id}`),
              dueDate: formatDate(new Date(`${dueKey}T12:00:00Z`)),
              fee: fee.cents ? formatEuro(fee.cents) : undefined,
            }),
          ),
        ]
      : [];
    return { submitted: { id: created.id, number: created.number }, mailIds };
  });
  await deliverQueued(db, mailIds);
  return submitted;
}
