"use server";
// Server actions of the event dossier: staff of the team Evenementen (events:manage, and the
// dossier must be of their team, which the commands put in their `where`) ask advice and record
// the decision; an advisor answers the advice asked of their body (their membership is the scope).
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/safe-action";
import { requireStaff, requireUser } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { answerAdvice, requestAdvice } from "./commands/advice";
import { decideEvent } from "./commands/decide";
import { setDossierLink, unlinkFromDraft } from "./commands/link";
import { retryPublication } from "./commands/publication";
import {
  adviceAnswerSchema,
  adviceRequestSchema,
  decisionSchema,
  dossierLinkSchema,
  draftUnlinkSchema,
  publicationRetrySchema,
} from "./schema";

const staffPage = (id: string) => `/beheer/aanvragen/${id}`;

export const requestAdviceAction = formAction({
  schema: adviceRequestSchema,
  guard: () => requireStaff("events:manage"),
  run: async (input, actor) => {
    await requestAdvice(db, { ...input, actorId: actor.userId });
    revalidatePath(staffPage(input.caseId));
    return null;
  },
});

export const decideEventAction = formAction({
  schema: decisionSchema,
  guard: () => requireStaff("events:manage"),
  run: async (input, actor) => {
    await decideEvent(db, { ...input, actorId: actor.userId });
    revalidatePath(staffPage(input.caseId));
    return null;
  },
});

export const retryPublicationAction = formAction({
  schema: publicationRetrySchema,
  guard: () => requireStaff("events:manage"),
  run: async (input, actor) => {
    await retryPublication(db, { caseId: input.caseId, actorId: actor.userId });
    revalidatePath(staffPage(input.caseId));
    return null;
  },
});

export const answerAdviceAction = formAction({
  schema: adviceAnswerSchema,
  guard: () => requireUser(),
  run: async (input, actor) => {
    await answerAdvice(db, { ...input, userId: actor.userId });
    revalidatePath(`/mijn/advies/${input.adviceId}`);
    return null;
  },
});

// The organiser links (or unlinks) their own hall booking or loan to their own event dossier.
function dossierLinkAction(link: boolean) {
  return formAction({
    schema: dossierLinkSchema,
    guard: () => requireUser(),
    run: async (input, actor) => {
      await setDossierLink(db, { caseId: input.caseId, userId: actor.userId, ...input.booking, link });
      revalidatePath(`/mijn/aanvragen/${input.caseId}`);
      return null;
    },
  });
}

export const linkWithDossierAction = dossierLinkAction(true);
export const unlinkFromDossierAction = dossierLinkAction(false);

// The organiser undoes the link of a request made from the wizard for their own event draft.
export const unlinkFromDraftAction = formAction({
  schema: draftUnlinkSchema,
  guard: () => requireUser(),
  run: async (input, actor) => {
    await unlinkFromDraft(db, { draftId: input.draftId, userId: actor.userId, ...input.booking });
    revalidatePath("/loket/[slug]/aanvraag/[step]", "page");
    return null;
  },
});
