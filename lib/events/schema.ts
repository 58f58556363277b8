// The zod schemas of the event dossier's staff and advisor forms.
import { z } from "zod";
import { calendarDate, choices, oneOf, requiredText } from "@/lib/forms/fields";
import { caseMessages } from "@/lib/cases/messages";
import { eventMessages as m } from "./messages";

const caseId = requiredText(caseMessages.notFound, { max: 40 });

export const adviceRequestSchema = z.object({
  caseId,
  body: requiredText(m.unknownBody, { max: 40 }),
  pages: choices().refine((p) => p.length > 0, m.choosePages),
  question: requiredText(m.fillInQuestion, { max: 4000 }),
  dueOn: calendarDate(m.chooseDue),
});

export const adviceAnswerSchema = z.object({
  adviceId: requiredText(m.adviceNotFound, { max: 40 }),
  verdict: oneOf(["FAVOURABLE", "CONDITIONAL", "UNFAVOURABLE"], m.chooseVerdict),
  answer: requiredText(m.fillInAdvice, { max: 4000 }),
});

export const decisionSchema = z.object({
  caseId,
  seen: requiredText(caseMessages.movedMeanwhile, { max: 40 }),
  outcome: oneOf(["APPROVED", "REFUSED"], m.chooseOutcome),
  conditions: requiredText(m.fillInConditions, { max: 8000 }),
});

/** "hall:<id>" or "loan:<id>": one select names both the kind and the row. */
const bookingRef = requiredText(m.chooseBooking, { max: 60 })
  .regex(/^(hall|loan):[a-z0-9]{1,50}$/, m.chooseBooking)
  .transform((v) => {
    const [kind, id] = v.split(":") as ["hall" | "loan", string];
    return { kind, id };
  });

export const dossierLinkSchema = z.object({ caseId, booking: bookingRef });

export const draftUnlinkSchema = z.object({
  draftId: requiredText(m.draftNotFound, { max: 40 }),
  booking: bookingRef,
});

export const publicationRetrySchema = z.object({ caseId });
