// Saving one step of a request, for the resident filing online and for the desk filing for them:
// the page's schema is compiled from the definition of the draft's version on the server, whatever
// the browser checked, and the draft is always the applicant's own (the desk continues it).
import "server-only";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/safe-action";
import type { ActionResult } from "@/lib/actions/result";
import type { Actor } from "@/lib/auth/actor";
import { brusselsParts } from "@/lib/be/time";
import { db } from "@/lib/db";
import { compile, parseDefinition, withOptions } from "@/lib/form-engine";
import { cleanPageFiles, savePage } from "./commands/draft";
import { eloketMessages } from "./messages";
import { prefillContextFor } from "./queries/prefill-context";
import { nextStep, stepHref } from "./steps";

export const idOf = (formData: FormData, name: string) => {
  const v = formData.get(name);
  return typeof v === "string" ? v.slice(0, 60) : "";
};

export type Applicant = {
  actor: Actor;
  /** Whose draft and request it is: the actor, or the resident the desk serves. */
  userId: string;
  actingName: string | null;
  /** Set at the desk: the steps stay under /beheer/aanvragen/balie. */
  residentId?: string;
};

export async function saveStep(
  previous: ActionResult<null> | null,
  formData: FormData,
  who: Applicant,
): Promise<ActionResult<null>> {
  const versionId = idOf(formData, "_version");
  const pageKey = idOf(formData, "_page");
  const version = await db.productFormVersion.findFirst({
    where: { id: versionId, publishedAt: { not: null }, product: { active: true } },
    include: { product: { select: { slug: true } } },
  });
  if (!version) return { ok: false, message: eloketMessages.notPublished };
  const draft = await db.caseDraft.findUnique({
    where: { userId_versionId: { userId: who.userId, versionId } },
  });
  const answers = (draft?.answers ?? {}) as Record<string, unknown>;
  const def = withOptions(
    parseDefinition(version.definition),
    await prefillContextFor(who.userId, who.actingName),
  );
  if (!def.pages.some((p) => p.key === pageKey)) return { ok: false, message: eloketMessages.pageNotFound };
  const schema = compile(def, answers, { page: pageKey, today: brusselsParts(new Date()).dateKey });
  return formAction<typeof schema, null, Actor>({
    schema,
    guard: async () => who.actor,
    run: async (parsed): Promise<null> => {
      const cleaned = await cleanPageFiles(def, pageKey, parsed);
      const saved = await savePage(db, {
        userId: who.userId,
        versionId,
        page: pageKey,
        answers: parsed,
        cleaned,
      });
      redirect(stepHref(version.product.slug, nextStep(def, saved.answers, pageKey), who.residentId));
    },
  })(previous, formData);
}
