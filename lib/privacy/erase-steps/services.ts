// Erasure steps for appointments, the queue, the meldpunt and the e-loket (rules in ../erasure-rules).
import { Prisma } from "@/generated/prisma/client";
import { blankCaseAdvice, blankCaseEvents, blankCaseQuestions, deleteCaseFiles } from "@/lib/cases/retention";
import type { Tx } from "@/lib/db/client";
import { deleteReportPhotos } from "@/lib/reports/retention";
import { ERASED, type ErasureScope, sameEmail } from "../erase-scope";

type Step = (tx: Tx, s: ErasureScope) => Promise<number>;
const count = async (p: Promise<{ count: number }>) => (await p).count;

export const SERVICE_STEPS = {
  appointments: (tx, s) =>
    count(
      tx.appointment.updateMany({
        where: { OR: [{ userId: s.userId }, ...sameEmail("email", s.email)] },
        data: { name: ERASED, email: "", phone: null, userId: null },
      }),
    ),
  queueTickets: async (tx, s) =>
    s.email
      ? count(
          tx.queueTicket.updateMany({
            where: { email: { equals: s.email, mode: "insensitive" } },
            data: { email: null },
          }),
        )
      : 0,
  // The reporter's own links; a follower's links went with the follower.
  reportLinks: (tx, s) =>
    count(tx.reportLink.deleteMany({ where: { reportId: { in: s.reportIds }, followerId: null } })),
  reportPhotos: (tx, s) => deleteReportPhotos(tx, s.reportIds),
  reports: (tx, s) =>
    count(
      tx.report.updateMany({
        where: { id: { in: s.reportIds } },
        data: {
          reporterId: null,
          reporterName: null,
          reporterEmail: null,
          reporterPhone: null,
          description: ERASED,
          addressText: null,
          anonymisedAt: s.now,
        },
      }),
    ),
  reportTexts: (tx, s) =>
    count(tx.reportMessage.updateMany({ where: { reportId: { in: s.reportIds } }, data: { body: ERASED } })),
  reportNotes: (tx, s) =>
    count(tx.reportNote.updateMany({ where: { reportId: { in: s.reportIds } }, data: { body: ERASED } })),
  drafts: (tx, s) => count(tx.caseDraft.deleteMany({ where: { userId: s.userId } })),
  caseFiles: (tx, s) => deleteCaseFiles(tx, s.caseIds),
  cases: (tx, s) =>
    count(
      tx.case.updateMany({
        where: { id: { in: s.caseIds } },
        data: {
          answers: {} as Prisma.InputJsonValue,
          applicantId: null,
          exemption: null,
          documentText: null,
          anonymisedAt: s.now,
        },
      }),
    ),
  caseQuestions: (tx, s) => blankCaseQuestions(tx, s.caseIds),
  caseEvents: (tx, s) => blankCaseEvents(tx, s.caseIds),
  caseAdvice: (tx, s) => blankCaseAdvice(tx, s.caseIds),
} satisfies Record<string, Step>;
