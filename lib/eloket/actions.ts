"use server";
// Filing a request: one action per page (saves the draft, then goes to the next step; works
// without JavaScript) and the submit of the check-your-answers page. The page's schema is compiled
// from the definition of the draft's version on the server, whatever the browser checked.
import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction } from "@/lib/actions/safe-action";
import { requireUser } from "@/lib/auth/guards";
import { brusselsParts } from "@/lib/be/time";
import { db } from "@/lib/db";
import { compile, parseDefinition, withOptions } from "@/lib/form-engine";
import { requiredText } from "@/lib/forms/fields";
import { copyCaseToDraft } from "./commands/copy";
import { cleanPageFiles, savePage } from "./commands/draft";
import { submitDraft } from "./commands/submit";
import { eloketMessages } from "./messages";
import { prefillContextFor } from "./queries/prefill-context";
import { nextStep, stepHref } from "./steps";
import type { ActionResult } from "@/lib/actions/result";

const idOf = (formData: FormData, name: string) => {
  const v = formData.get(name);
  return typeof v === "string" ? v.slice(0, 60) : "";
};

export async function saveRequestPage(
  previous: ActionResult<null> | null,
  formData: FormData,
): Promise<ActionResult<null>> {
  const actor = await requireUser();
  const versionId = idOf(formData, "_version");
  const pageKey = idOf(formData, "_page");
  const version = await db.productFormVersion.findFirst({
    where: { id: versionId, publishedAt: { not: null }, product: { active: true } },
    include: { product: { select: { slug: true } } },
  });
  if (!version) return { ok: false, message: eloketMessages.notPublished };
  const draft = await db.caseDraft.findUnique({
    where: { userId_versionId: { userId: actor.userId, versionId } },
  });
  const answers = (draft?.answers ?? {}) as Record<string, unknown>;
  const def = withOptions(
    parseDefinition(version.definition),
    await prefillContextFor(actor.userId, actor.actingFor?.name ?? null),
  );
  if (!def.pages.some((p) => p.key === pageKey)) return { ok: false, message: eloketMessages.pageNotFound };
  const schema = compile(def, answers, { page: pageKey, today: brusselsParts(new Date()).dateKey });
  return formAction<typeof schema, null, typeof actor>({
    schema,
    guard: async () => actor,
    run: async (parsed): Promise<null> => {
      const cleaned = await cleanPageFiles(def, pageKey, parsed);
      const saved = await savePage(db, {
        userId: actor.userId,
        versionId,
        page: pageKey,
        answers: parsed,
        cleaned,
      });
      redirect(stepHref(version.product.slug, nextStep(def, saved.answers, pageKey)));
    },
  })(previous, formData);
}

const submitSchema = z.object({ _version: requiredText(eloketMessages.draftNotFound, { max: 60 }) });

export const submitRequest = formAction({
  schema: submitSchema,
  guard: () => requireUser(),
  run: async (input, actor) => {
    const context = await prefillContextFor(actor.userId, actor.actingFor?.name ?? null);
    const submitted = await submitDraft(db, { userId: actor.userId, versionId: input._version, context });
    redirect(`/mijn/aanvragen/${submitted.id}?verstuurd=1`);
  },
});

const copySchema = z.object({ caseId: requiredText(eloketMessages.caseToCopyNotFound, { max: 60 }) });

/** A new draft from an earlier case of the person or of an association they are an officer of. */
export const copyEarlierRequest = formAction({
  schema: copySchema,
  guard: () => requireUser(),
  run: async (input, actor) => {
    const { officerOf = [] } = await prefillContextFor(actor.userId, null);
    const copied = await copyCaseToDraft(db, {
      userId: actor.userId,
      caseId: input.caseId,
      officerOf: officerOf.map((a) => a.id),
    });
    redirect(`${stepHref(copied.slug, copied.firstPage)}?gekopieerd=1`);
  },
});
