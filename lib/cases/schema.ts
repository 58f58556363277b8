// The zod schemas of the case forms (staff: move, decide, assign, note, question, exemption, the
// population register; applicant: answer).
import { z } from "zod";
import { oneOf, optionalText, requiredText } from "@/lib/forms/fields";
import { caseMessages } from "./messages";

const caseId = requiredText(caseMessages.notFound, { max: 40 });

export const moveSchema = z.object({
  caseId,
  seen: requiredText(caseMessages.movedMeanwhile, { max: 40 }),
  to: requiredText(caseMessages.chooseStatus, { max: 40 }),
});

/** The outcome is a decided status of the case's workflow; a refusal needs its reason (the command checks). */
export const decideSchema = z.object({
  caseId,
  seen: requiredText(caseMessages.movedMeanwhile, { max: 40 }),
  outcome: requiredText(caseMessages.chooseOutcome, { max: 40 }),
  reason: optionalText({ max: 4000 }),
});

export const assignSchema = z.object({
  caseId,
  // "" is "nobody".
  assignee: z
    .string()
    .max(40)
    .optional()
    .transform((v) => (v ? v : null)),
});

export const noteSchema = z.object({ caseId, text: requiredText(caseMessages.fillInNote, { max: 4000 }) });

export const questionSchema = z.object({
  caseId,
  question: requiredText(caseMessages.fillInQuestion, { max: 4000 }),
});

export const answerSchema = z.object({
  caseId,
  questionId: requiredText(caseMessages.noOpenQuestion, { max: 40 }),
  answer: requiredText(caseMessages.fillInAnswer, { max: 4000 }),
});

export const exemptionSchema = z.object({
  caseId,
  verdict: oneOf(["accept", "refuse"], caseMessages.chooseExemptionVerdict),
});

/** Asking the population register for the applicant's household (the case page). */
export const registerLookupSchema = z.object({ caseId });

/** Issuing the attest from the register; `seen` is the status the page showed. */
export const registerIssueSchema = z.object({
  caseId,
  seen: requiredText(caseMessages.movedMeanwhile, { max: 40 }),
});
