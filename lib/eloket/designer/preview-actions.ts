"use server";
// The preview's one action: judges a page of the working copy exactly as filing would (the page's
// schema compiled on the server) and answers with the errors or "in orde". It stores nothing:
// no draft, no files, no case.
import { formAction } from "@/lib/actions/safe-action";
import type { ActionResult } from "@/lib/actions/result";
import type { Actor } from "@/lib/auth/actor";
import { requireStaff } from "@/lib/auth/guards";
import { brusselsParts } from "@/lib/be/time";
import { db } from "@/lib/db";
import { compile, withOptions } from "@/lib/form-engine";
import { prefillContextFor } from "../queries/prefill-context";
import { idOf } from "../save-step";
import { workingCopy } from "./commands";
import { designerMessages as m } from "./messages";

export async function checkPreviewPage(
  previous: ActionResult<null> | null,
  formData: FormData,
): Promise<ActionResult<null>> {
  const actor = await requireStaff("forms:design");
  const copy = await workingCopy(db, idOf(formData, "_product"));
  if (!copy) return { ok: false, message: m.productNotFound };
  const def = withOptions(copy.definition, await prefillContextFor(actor.userId, null));
  const pageKey = idOf(formData, "_page");
  if (!def.pages.some((p) => p.key === pageKey)) return { ok: false, message: m.pageNotFound };
  const schema = compile(def, {}, { page: pageKey, today: brusselsParts(new Date()).dateKey });
  return formAction<typeof schema, null, Actor>({
    schema,
    guard: async () => actor,
    run: async () => null,
  })(previous, formData);
}
