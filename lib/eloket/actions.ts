"use server";
// Filing a request: one action per page (saves the draft, then goes to the next step; works
// without JavaScript; lib/eloket/save-step.ts) and the submit of the check-your-answers page.
import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction } from "@/lib/actions/safe-action";
import { requireUser } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { requiredText } from "@/lib/forms/fields";
import { copyCaseToDraft } from "./commands/copy";
import { populationRegister } from "@/lib/register";
import { instantAttestParam, tryInstantAttest } from "./commands/register-attest";
import { submitDraft } from "./commands/submit";
import { eloketMessages } from "./messages";
import { prefillContextFor } from "./queries/prefill-context";
import { saveStep } from "./save-step";
import { stepHref } from "./steps";
import type { ActionResult } from "@/lib/actions/result";

export async function saveRequestPage(
  previous: ActionResult<null> | null,
  formData: FormData,
): Promise<ActionResult<null>> {
  const actor = await requireUser();
  return saveStep(previous, formData, {
    actor,
    userId: actor.userId,
    actingName: actor.actingFor?.name ?? null,
  });
}

const submitSchema = z.object({ _version: requiredText(eloketMessages.draftNotFound, { max: 60 }) });

export const submitRequest = formAction({
  schema: submitSchema,
  guard: () => requireUser(),
  run: async (input, actor) => {
    const context = await prefillContextFor(actor.userId, actor.actingFor?.name ?? null);
    const submitted = await submitDraft(db, { userId: actor.userId, versionId: input._version, context });
    const instant = await tryInstantAttest(db, populationRegister(), {
      caseId: submitted.id,
      userId: actor.userId,
    });
    const query = new URLSearchParams({ verstuurd: "1", ...instantAttestParam(instant) });
    redirect(`/mijn/aanvragen/${submitted.id}?${query}`);
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
