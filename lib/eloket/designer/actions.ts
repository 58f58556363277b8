"use server";
// The form designer's server actions (permission forms:design): one small form per operation,
// each a pure edit of the product's working copy (./edit, ./condition), stored by
// editWorkingCopy; after success back to the designer (a GET), so each works without JavaScript.
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/safe-action";
import { requireStaff } from "@/lib/auth/guards";
import { expireCached } from "@/lib/cache/expire";
import { CACHE_TAGS } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { FieldError } from "@/lib/errors";
import type { FormDefinition } from "@/lib/form-engine";
import {
  createProduct,
  editWorkingCopy,
  publishWorkingCopy,
  setDocumentTemplate,
  updateProductDetails,
} from "./commands";
import { setConditions } from "./condition";
import {
  addField,
  addPage,
  moveField,
  movePage,
  removeField,
  removePage,
  renamePage,
  updateField,
} from "./edit";
import { setFee } from "./fees";
import { addSubField, removeSubField } from "./group";
import { slugFromName } from "./keys";
import { designerMessages } from "./messages";
import { setPrefill } from "./prefill";
import * as s from "./schema";
import type { EditResult } from "./validate";

const guard = () => requireStaff("forms:design");
const LIST = "/beheer/formulieren";
const designer = (productId: string) => `${LIST}/${productId}`;

async function edit(
  userId: string,
  productId: string,
  operation: string,
  change: (def: FormDefinition) => EditResult,
  anchor?: string,
): Promise<never> {
  await editWorkingCopy(db, userId, productId, operation, change);
  revalidatePath(designer(productId));
  redirect(`${designer(productId)}?bewaard=1${anchor ? `#${anchor}` : ""}`);
}

export const createProductAction = formAction({
  schema: s.productSchema,
  guard,
  run: async (input, actor) => {
    const slug = input.slug ?? slugFromName(input.name);
    if (!slug) throw new FieldError("slug", designerMessages.slugNeeded);
    const product = await createProduct(db, actor.userId, { ...input, slug });
    revalidatePath(LIST);
    redirect(designer(product.id));
  },
});

export const updateProductAction = formAction({
  schema: s.productDetailsSchema,
  guard,
  run: async ({ productId, ...details }, actor) => {
    await updateProductDetails(db, actor.userId, productId, details);
    expireCached(CACHE_TAGS.eloketProducts);
    revalidatePath(LIST);
    redirect(`${designer(productId)}?bewaard=1`);
  },
});

export const updateDocumentAction = formAction({
  schema: s.documentSchema,
  guard,
  run: async ({ productId, ...document }, actor) => {
    await setDocumentTemplate(db, actor.userId, productId, document);
    redirect(`${designer(productId)}?bewaard=1`);
  },
});

export const addPageAction = formAction({
  schema: s.addPageSchema,
  guard,
  run: (i, actor) => edit(actor.userId, i.productId, "add-page", (d) => addPage(d, i.title, i.type, i.label)),
});

export const renamePageAction = formAction({
  schema: s.renamePageSchema,
  guard,
  run: (i, actor) =>
    edit(
      actor.userId,
      i.productId,
      "rename-page",
      (d) => renamePage(d, i.page, i.title, i.intro),
      `pagina-${i.page}`,
    ),
});

export const movePageAction = formAction({
  schema: s.movePageSchema,
  guard,
  run: (i, actor) =>
    edit(actor.userId, i.productId, "move-page", (d) => movePage(d, i.page, i.direction), `pagina-${i.page}`),
});

export const removePageAction = formAction({
  schema: s.removePageSchema,
  guard,
  run: (i, actor) => edit(actor.userId, i.productId, "remove-page", (d) => removePage(d, i.page)),
});

export const addFieldAction = formAction({
  schema: s.addFieldSchema,
  guard,
  run: (i, actor) =>
    edit(
      actor.userId,
      i.productId,
      "add-field",
      (d) => addField(d, i.page, i.type, i.label),
      `pagina-${i.page}`,
    ),
});

export const editFieldAction = formAction({
  schema: s.editFieldSchema,
  guard,
  run: ({ productId, field, ...patch }, actor) =>
    edit(actor.userId, productId, "edit-field", (d) => updateField(d, field, patch), `veld-${field}`),
});

export const moveFieldAction = formAction({
  schema: s.moveFieldSchema,
  guard,
  run: (i, actor) =>
    edit(
      actor.userId,
      i.productId,
      "move-field",
      (d) => moveField(d, i.field, i.direction),
      `veld-${i.field}`,
    ),
});

export const removeFieldAction = formAction({
  schema: s.removeFieldSchema,
  guard,
  run: (i, actor) => edit(actor.userId, i.productId, "remove-field", (d) => removeField(d, i.field)),
});

export const setConditionAction = formAction({
  schema: s.conditionFormSchema,
  guard,
  run: ({ productId, field, match, condition1, condition2, condition3, replace }, actor) =>
    edit(
      actor.userId,
      productId,
      "set-condition",
      (d) => setConditions(d, field, { match, choices: [condition1, condition2, condition3] }, replace),
      `veld-${field}`,
    ),
});

export const setPrefillAction = formAction({
  schema: s.prefillFormSchema,
  guard,
  run: (i, actor) =>
    edit(
      actor.userId,
      i.productId,
      "set-prefill",
      (d) => setPrefill(d, i.field, i.prefill),
      `veld-${i.field}`,
    ),
});

export const setFeeAction = formAction({
  schema: s.feeFormSchema,
  guard,
  run: ({ productId, replace, ...fee }, actor) =>
    edit(actor.userId, productId, "set-fee", (d) => setFee(d, fee, replace), "kostprijs"),
});

export const addSubFieldAction = formAction({
  schema: s.addSubFieldSchema,
  guard,
  run: (i, actor) =>
    edit(
      actor.userId,
      i.productId,
      "add-sub-field",
      (d) => addSubField(d, i.field, i.type, i.label),
      `veld-${i.field}`,
    ),
});

export const removeSubFieldAction = formAction({
  schema: s.removeSubFieldSchema,
  guard,
  run: (i, actor) =>
    edit(
      actor.userId,
      i.productId,
      "remove-sub-field",
      (d) => removeSubField(d, i.field, i.sub),
      `veld-${i.field}`,
    ),
});

export const publishAction = formAction({
  schema: s.publishSchema,
  guard,
  run: async (i, actor) => {
    const version = await publishWorkingCopy(db, actor.userId, i.productId);
    expireCached(CACHE_TAGS.eloketProducts);
    revalidatePath(LIST);
    redirect(`${designer(i.productId)}?gepubliceerd=${version.version}`);
  },
});
