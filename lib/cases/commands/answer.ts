// The applicant answers a question in Mijn Wingene: the case goes back to the status it was in
// when the question was asked. The open question is claimed with a conditional update, so a
// double post answers it once.
import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { Db } from "@/lib/db/client";
import { transaction } from "@/lib/db/tx";
import { AppError } from "@/lib/errors";
import { applicantCaseScope } from "../access";
import { lockedCase } from "../load";
import { caseMessages } from "../messages";

export async function answerQuestion(
  db: Db,
  input: { caseId: string; questionId: string; userId: string; answer: string; now?: Date },
) {
  const now = input.now ?? new Date();
  await transaction(db, async (tx) => {
    const c = await lockedCase(tx, { id: input.caseId, scope: applicantCaseScope(input.userId) });
    const claimed = await tx.caseQuestion.updateManyAndReturn({
      where: { id: input.questionId, caseId: c.id, answeredAt: null },
      data: { answer: input.answer, answeredAt: now },
    });
    const question = claimed[0];
    if (!question) throw new AppError("CONFLICT", caseMessages.noOpenQuestion);
    await tx.case.update({ where: { id: c.id }, data: { status: question.resumeStatus } });
    await tx.caseEvent.createMany({
      data: [
        { caseId: c.id, kind: "ANSWER", actorId: input.userId, text: input.answer, at: now },
        {
          caseId: c.id,
          kind: "STATUS",
          actorId: input.userId,
          fromStatus: c.status,
          toStatus: question.resumeStatus,
          at: now,
        },
      ],
    });
    await recordAudit(tx, {
      actorId: input.userId,
      action: "case.question-answered",
      subjectType: "Case",
      subjectId: c.id,
    });
  });
}
