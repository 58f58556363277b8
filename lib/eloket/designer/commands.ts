// The designer's writes: a new product, an edit of a product's working copy (one pure function
// from ./edit or ./condition, applied under a lock on the product), and publishing the working copy
// as a new immutable version. Every write is audited; the catalogue's cache is the action's care.
import { Prisma } from "@/generated/prisma/client";
import type { ProductAudience } from "@/generated/prisma/enums";
import { recordAudit } from "@/lib/audit/record";
import { ELOKET_WORKFLOW } from "@/lib/cases/default-workflow";
import type { Db, Tx } from "@/lib/db/client";
import { transaction } from "@/lib/db/tx";
import { unknownPlaceholders } from "../document";
import { AppError, FieldError } from "@/lib/errors";
import { type FormDefinition, parseDefinition } from "@/lib/form-engine";
import { publishVersion } from "../commands/publish";
import { starterDefinition } from "./edit";
import { designerMessages as m } from "./messages";
import type { EditResult } from "./validate";

const json = (def: FormDefinition) => def as unknown as Prisma.InputJsonValue;

export type NewProduct = {
  name: string;
  slug: string;
  teamId: string;
  summary: string;
  costText: string;
  slaDays: number;
  audiences: ProductAudience[];
};

export async function createProduct(db: Db, actorId: string, input: NewProduct, now = new Date()) {
  return transaction(
    db,
    async (tx) => {
      const team = await tx.team.findUnique({ where: { id: input.teamId }, select: { id: true } });
      if (!team) throw new FieldError("teamId", m.teamNotFound);
      const product = await tx.product.create({
        data: {
          ...input,
          workflowId: ELOKET_WORKFLOW,
          draftDefinition: json(starterDefinition()),
          draftUpdatedAt: now,
        },
      });
      await recordAudit(tx, {
        actorId,
        action: "eloket.product-created",
        subjectType: "Product",
        subjectId: product.id,
        details: { slug: product.slug, name: product.name },
      });
      return product;
    },
    { refusals: { Product_slug_key: () => new FieldError("slug", m.slugTaken) } },
  );
}

/** Changes what the catalogue says about a product (not its form: that is the working copy). */
export async function updateProductDetails(
  db: Db,
  actorId: string,
  productId: string,
  input: Omit<NewProduct, "slug">,
) {
  return transaction(db, async (tx) => {
    const team = await tx.team.findUnique({ where: { id: input.teamId }, select: { id: true } });
    if (!team) throw new FieldError("teamId", m.teamNotFound);
    const { count } = await tx.product.updateMany({ where: { id: productId }, data: input });
    if (count === 0) throw new AppError("NOT_FOUND", m.productNotFound);
    await recordAudit(tx, {
      actorId,
      action: "eloket.product-updated",
      subjectType: "Product",
      subjectId: productId,
      details: { name: input.name },
    });
  });
}

/**
 * The document a decision issues (lib/eloket/document.ts): its placeholders are checked against the
 * working copy, the form the next version will have. Both empty: the product issues none.
 */
export async function setDocumentTemplate(
  db: Db,
  actorId: string,
  productId: string,
  input: { documentTitle?: string; documentTemplate?: string },
) {
  return transaction(db, async (tx) => {
    const copy = await workingCopy(tx, productId);
    if (!copy) throw new AppError("NOT_FOUND", m.productNotFound);
    const unknown = unknownPlaceholders(input.documentTemplate ?? "", copy.definition);
    if (unknown.length) throw new FieldError("documentTemplate", m.unknownPlaceholders(unknown));
    await tx.product.update({
      where: { id: productId },
      data: { documentTitle: input.documentTitle ?? null, documentTemplate: input.documentTemplate ?? null },
    });
    await recordAudit(tx, {
      actorId,
      action: "eloket.document-changed",
      subjectType: "Product",
      subjectId: productId,
      details: { title: input.documentTitle ?? null },
    });
  });
}

/** The working copy, or the newest published form when there is none (a fresh start). */
export async function workingCopy(db: Db | Tx, productId: string) {
  const product = await db.product.findUnique({
    where: { id: productId },
    select: {
      draftDefinition: true,
      draftUpdatedAt: true,
      versions: { orderBy: { version: "desc" }, take: 1, select: { definition: true } },
    },
  });
  if (!product) return null;
  const stored = product.draftDefinition ?? product.versions[0]?.definition;
  return {
    definition: stored ? parseDefinition(stored) : starterDefinition(),
    isDraft: product.draftDefinition !== null,
    draftUpdatedAt: product.draftUpdatedAt,
  };
}

/** Applies one designer operation to the working copy; a refusal is a Dutch AppError. */
export async function editWorkingCopy(
  db: Db,
  actorId: string,
  productId: string,
  operation: string,
  edit: (def: FormDefinition) => EditResult,
  now = new Date(),
) {
  return transaction(db, async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Product" WHERE id = ${productId} FOR UPDATE`;
    const copy = await workingCopy(tx, productId);
    if (!copy) throw new AppError("NOT_FOUND", m.productNotFound);
    const result = edit(copy.definition);
    if (!result.ok) throw new AppError("INVALID_INPUT", result.message);
    await tx.product.update({
      where: { id: productId },
      data: { draftDefinition: json(result.definition), draftUpdatedAt: now },
    });
    await recordAudit(tx, {
      actorId,
      action: "eloket.form-edited",
      subjectType: "Product",
      subjectId: productId,
      details: { operation },
    });
    return result.definition;
  });
}

/** Publishes the working copy as version n + 1 and clears it; earlier versions stay as they are. */
export async function publishWorkingCopy(db: Db, actorId: string, productId: string, now = new Date()) {
  const product = await db.product.findUnique({
    where: { id: productId },
    select: { draftDefinition: true, draftUpdatedAt: true },
  });
  if (!product) throw new AppError("NOT_FOUND", m.productNotFound);
  if (product.draftDefinition === null) throw new AppError("INVALID_INPUT", m.nothingToPublish);
  const version = await publishVersion(db, productId, parseDefinition(product.draftDefinition), now);
  await transaction(db, async (tx) => {
    // Cleared only when nobody edited it after it was read: a later edit stays as the next draft.
    await tx.product.updateMany({
      where: { id: productId, draftUpdatedAt: product.draftUpdatedAt },
      data: { draftDefinition: Prisma.DbNull, draftUpdatedAt: null },
    });
    await recordAudit(tx, {
      actorId,
      action: "eloket.form-published",
      subjectType: "Product",
      subjectId: productId,
      details: { version: version.version },
    });
  });
  return version;
}
