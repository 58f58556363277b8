"use server";
// The desk files a request for a resident who comes in or calls: the same steps and the same draft
// as online (lib/eloket/save-step.ts), the case on the resident's name, the staff member as its
// filer in the case history and the audit log.
import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction } from "@/lib/actions/safe-action";
import type { ActionResult } from "@/lib/actions/result";
import { requireStaff } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requiredText } from "@/lib/forms/fields";
import { getResidentForStaff } from "@/lib/residents/queries";
import { populationRegister } from "@/lib/register";
import { instantAttestParam, tryInstantAttest } from "./commands/register-attest";
import { submitDraft } from "./commands/submit";
import { eloketMessages } from "./messages";
import { prefillContextFor } from "./queries/prefill-context";
import { idOf, saveStep } from "./save-step";

export async function saveDeskRequestPage(
  previous: ActionResult<null> | null,
  formData: FormData,
): Promise<ActionResult<null>> {
  const actor = await requireStaff("residents:act-for");
  const resident = await getResidentForStaff(idOf(formData, "_resident"));
  if (!resident) return { ok: false, message: eloketMessages.residentNotFound };
  return saveStep(previous, formData, {
    actor,
    userId: resident.id,
    actingName: null,
    residentId: resident.id,
  });
}

const deskSubmitSchema = z.object({
  _version: requiredText(eloketMessages.draftNotFound, { max: 60 }),
  _resident: requiredText(eloketMessages.residentNotFound, { max: 60 }),
});

export const submitDeskRequest = formAction({
  schema: deskSubmitSchema,
  guard: () => requireStaff("residents:act-for"),
  run: async (input, actor) => {
    const resident = await getResidentForStaff(input._resident);
    if (!resident) throw new AppError("NOT_FOUND", eloketMessages.residentNotFound);
    const submitted = await submitDraft(db, {
      userId: resident.id,
      versionId: input._version,
      context: await prefillContextFor(resident.id, null),
      filedById: actor.userId,
    });
    // Like the online path: an attest issued from the register is decided at once, so the desk
    // can hand it over; otherwise the case waits in the team's inbox and the desk reads why.
    const instant = await tryInstantAttest(db, populationRegister(), {
      caseId: submitted.id,
      userId: resident.id,
      filedById: actor.userId,
    });
    const query = { inwoner: resident.id, verstuurd: submitted.number, ...instantAttestParam(instant) };
    redirect(`/beheer/aanvragen/balie?${new URLSearchParams(query)}`);
  },
});
