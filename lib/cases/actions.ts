"use server";
// Server actions on cases: staff (cases:handle, and the case must be of one of their teams, which
// the commands put in their `where`) and the applicant answering a question (their own case only).
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/safe-action";
import { requireStaff, requireUser } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { answerQuestion } from "./commands/answer";
import { decideCase } from "./commands/decide";
import { addNote, askQuestion, assignCase, moveCase } from "./commands/staff";
import { judgeExemption } from "@/lib/eloket/commands/exemption";
import {
  answerSchema,
  assignSchema,
  decideSchema,
  exemptionSchema,
  moveSchema,
  noteSchema,
  questionSchema,
} from "./schema";

const guard = () => requireStaff("cases:handle");
const staffPage = (id: string) => `/beheer/aanvragen/${id}`;

export const moveCaseAction = formAction({
  schema: moveSchema,
  guard,
  run: async (input, actor) => {
    await moveCase(db, { caseId: input.caseId, to: input.to, seen: input.seen, actorId: actor.userId });
    revalidatePath(staffPage(input.caseId));
    return null;
  },
});

export const decideCaseAction = formAction({
  schema: decideSchema,
  guard,
  run: async (input, actor) => {
    await decideCase(db, { ...input, reason: input.reason ?? "", actorId: actor.userId });
    revalidatePath(staffPage(input.caseId));
    return null;
  },
});

export const assignCaseAction = formAction({
  schema: assignSchema,
  guard,
  run: async (input, actor) => {
    await assignCase(db, { caseId: input.caseId, assigneeId: input.assignee, actorId: actor.userId });
    revalidatePath(staffPage(input.caseId));
    return null;
  },
});

export const addCaseNoteAction = formAction({
  schema: noteSchema,
  guard,
  run: async (input, actor) => {
    await addNote(db, { caseId: input.caseId, text: input.text, actorId: actor.userId });
    revalidatePath(staffPage(input.caseId));
    return null;
  },
});

export const askQuestionAction = formAction({
  schema: questionSchema,
  guard,
  run: async (input, actor) => {
    await askQuestion(db, { caseId: input.caseId, question: input.question, actorId: actor.userId });
    revalidatePath(staffPage(input.caseId));
    return null;
  },
});

export const answerQuestionAction = formAction({
  schema: answerSchema,
  guard: () => requireUser(),
  run: async (input, actor) => {
    await answerQuestion(db, { ...input, userId: actor.userId });
    revalidatePath(`/mijn/aanvragen/${input.caseId}`);
    return null;
  },
});

export const judgeExemptionAction = formAction({
  schema: exemptionSchema,
  guard,
  run: async (input, actor) => {
    await judgeExemption(db, {
      caseId: input.caseId,
      actorId: actor.userId,
      accept: input.verdict === "accept",
    });
    revalidatePath(staffPage(input.caseId));
    return null;
  },
});
