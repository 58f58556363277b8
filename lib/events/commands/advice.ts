// Advice on an event dossier: staff of the dossier's team ask a body (politie, brandweer,
// milieudienst) about named parts of it, with a date it is needed by; the dossier moves to "in
// advies"; the body's advisors are mailed a link. An advisor answers once (a conditional update
// scoped to their body), and the answer joins the dossier's internal history.
import "server-only";
import type { AdviceVerdict } from "@/generated/prisma/enums";
import { recordAudit } from "@/lib/audit/record";
import { appUrl } from "@/lib/app-url";
import { formatDate } from "@/lib/be/time";
import { advisorAdviceScope, staffCaseScope } from "@/lib/cases/access";
import { lockedCase } from "@/lib/cases/load";
import { canMove } from "@/lib/cases/workflow";
import type { Db } from "@/lib/db/client";
import { transaction } from "@/lib/db/tx";
import { AppError, FieldError } from "@/lib/errors";
import { parseDefinition } from "@/lib/form-engine";
import { deliverQueued, queueMail } from "@/lib/mail/outbox";
import { VERDICT_LABELS } from "../labels";
import { adviceMail } from "../mails";
import { eventMessages as m } from "../messages";
import { EVENTS_WORKFLOW } from "../workflow";

export const ADVICE_STATUS = "ADVICE";

export type AdviceRequest = {
  caseId: string;
  actorId: string;
  body: string;
  pages: string[];
  question: string;
  dueOn: string;
  now?: Date;
};

export async function requestAdvice(db: Db, input: AdviceRequest) {
  const now = input.now ?? new Date();
  const mailIds = await transaction(
    db,
    async (tx) => {
      const c = await lockedCase(tx, { id: input.caseId, scope: staffCaseScope(input.actorId) });
      if (c.workflowId !== EVENTS_WORKFLOW) throw new AppError("CONFLICT", m.notAnEvent);
      const version = await tx.productFormVersion.findUniqueOrThrow({ where: { id: c.versionId } });
      const known = new Set(parseDefinition(version.definition).pages.map((p) => p.key));
      if (input.pages.length === 0) throw new FieldError("pages", m.choosePages);
      if (input.pages.some((p) => !known.has(p))) throw new FieldError("pages", m.unknownPage);
      const body = await tx.adviceBody.findUnique({
        where: { slug: input.body },
        include: { team: { include: { members: { include: { user: true } } } } },
      });
      if (!body) throw new FieldError("body", m.unknownBody);
      const advice = await tx.caseAdvice.create({
        data: {
          caseId: c.id,
          bodySlug: body.slug,
          pages: input.pages,
          question: input.question,
          dueOn: new Date(`${input.dueOn}T00:00:00Z`),
          askedById: input.actorId,
          askedAt: now,
        },
      });
      const moves = canMove(c.workflow, c.status, ADVICE_STATUS);
      if (moves) await tx.case.update({ where: { id: c.id }, data: { status: ADVICE_STATUS } });
      const dueText = formatDate(new Date(`${input.dueOn}T12:00:00Z`));
      const note = `Advies gevraagd aan ${body.name} tegen ${dueText}: ${input.question}`;
      await tx.caseEvent.create({
        data: { caseId: c.id, kind: "NOTE", actorId: input.actorId, text: note, internal: true, at: now },
      });
      if (moves)
        await tx.caseEvent.create({
          data: {
            caseId: c.id,
            kind: "STATUS",
            actorId: input.actorId,
            fromStatus: c.status,
            toStatus: ADVICE_STATUS,
            at: now,
          },
        });
      await recordAudit(tx, {
        actorId: input.actorId,
        action: "case.advice-requested",
        subjectType: "Case",
        subjectId: c.id,
        details: { body: body.slug, pages: input.pages },
      });
      const ids: string[] = [];
      for (const member of body.team.members)
        if (member.user.email)
          ids.push(
            await queueMail(
              tx,
              adviceMail("asked", {
                to: member.user.email,
                name: member.user.name,
                body: body.name,
                number: c.number,
                dueDate: dueText,
                link: appUrl(`/mijn/advies/${advice.id}`),
              }),
            ),
          );
      return ids;
    },
    { refusals: { CaseAdvice_caseId_bodySlug_key: () => new FieldError("body", m.adviceAlreadyAsked) } },
  );
  await deliverQueued(db, mailIds);
}

export async function answerAdvice(
  db: Db,
  input: { adviceId: string; userId: string; verdict: AdviceVerdict; answer: string; now?: Date },
) {
  const now = input.now ?? new Date();
  await transaction(db, async (tx) => {
    // Claimed once: of two advisors answering at the same time, one answer is kept.
    const [claimed] = await tx.caseAdvice.updateManyAndReturn({
      where: { id: input.adviceId, answeredAt: null, ...advisorAdviceScope(input.userId) },
      data: { verdict: input.verdict, answer: input.answer, answeredById: input.userId, answeredAt: now },
      include: { body: { select: { name: true } } },
    });
    if (!claimed) {
      const exists = await tx.caseAdvice.count({
        where: { id: input.adviceId, ...advisorAdviceScope(input.userId) },
      });
      throw exists
        ? new AppError("CONFLICT", m.adviceAlreadyGiven)
        : new AppError("NOT_FOUND", m.adviceNotFound);
    }
    const verdict = VERDICT_LABELS[input.verdict].toLowerCase();
    await tx.caseEvent.create({
      data: {
        caseId: claimed.caseId,
        kind: "NOTE",
        actorId: input.userId,
        text: `Advies van ${claimed.body.name}: ${verdict}. ${input.answer}`,
        internal: true,
        at: now,
      },
    });
    await recordAudit(tx, {
      actorId: input.userId,
      action: "case.advice-given",
      subjectType: "Case",
      subjectId: claimed.caseId,
      details: { body: claimed.bodySlug, verdict: input.verdict },
    });
  });
}
