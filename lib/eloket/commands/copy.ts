// "Copy last year's event": a new draft on the product's newest version from one of the person's
// earlier cases, or a case filed for an association they are an officer of now. Everything is
// copied but the fields marked `notCopied` (the dates) and the attachments (a case's files stay
// with that case; this year's insurance is a new file). The draft starts with no step done, so
// the task list walks the organiser through every step with last year's answers filled in.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/db/client";
import { transaction } from "@/lib/db/tx";
import { AppError } from "@/lib/errors";
import { type Answers, answerFields, keepVisible, parseDefinition } from "@/lib/form-engine";
import { eloketMessages } from "../messages";
import { copyableScope } from "../queries/copyable";
import { dropUnusedFiles } from "./draft";

export async function copyCaseToDraft(
  db: Db,
  input: { userId: string; caseId: string; officerOf: readonly string[] },
): Promise<{ slug: string; versionId: string; firstPage: string }> {
  return transaction(db, async (tx) => {
    const source = await tx.case.findFirst({
      where: { id: input.caseId, anonymisedAt: null },
      select: { productId: true },
    });
    const version =
      source &&
      (await tx.productFormVersion.findFirst({
        where: { productId: source.productId, publishedAt: { not: null }, product: { active: true } },
        orderBy: { version: "desc" },
        include: { product: { select: { slug: true } } },
      }));
    if (!version) throw new AppError("NOT_FOUND", eloketMessages.caseToCopyNotFound);
    const def = parseDefinition(version.definition);
    // Authorisation in the query: the person's own case or their association's.
    const found = await tx.case.findFirst({
      where: { id: input.caseId, ...copyableScope(def, input.userId, input.officerOf) },
      select: { answers: true },
    });
    if (!found) throw new AppError("NOT_FOUND", eloketMessages.caseToCopyNotFound);
    const old = found.answers as Answers;
    const copied: Answers = {};
    for (const page of def.pages)
      for (const field of answerFields(page.fields))
        if (!field.notCopied && field.type !== "file" && old[field.key] !== undefined)
          copied[field.key] = old[field.key];
    const answers = keepVisible(def, copied);
    const key = { userId_versionId: { userId: input.userId, versionId: version.id } };
    const existing = await tx.caseDraft.findUnique({ where: key });
    await dropUnusedFiles(tx, (existing?.answers ?? {}) as Answers, answers, input.userId);
    const data = { answers: answers as Prisma.InputJsonValue, pagesDone: [] };
    await tx.caseDraft.upsert({
      where: key,
      create: { userId: input.userId, versionId: version.id, ...data },
      update: data,
    });
    return { slug: version.product.slug, versionId: version.id, firstPage: def.pages[0]!.key };
  });
}
