// Earlier cases a person may copy into a new draft: their own, and those filed for an association
// they are an officer of now (the organiser answer names it). One `where`, used by the list on the
// first step and by the copy command, so what is offered is what may be copied.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import type { Db } from "@/lib/db/client";
import { type FormDefinition, answerFields, associationOption } from "@/lib/form-engine";

export function copyableScope(
  def: FormDefinition,
  userId: string,
  officerOf: readonly string[],
): Prisma.CaseWhereInput {
  const organiserKeys = def.pages
    .flatMap((p) => answerFields(p.fields))
    .filter((f) => f.prefill === "association.officerOf")
    .map((f) => f.key);
  const viaAssociation = organiserKeys.flatMap((key) =>
    officerOf.map((id) => ({ answers: { path: [key], equals: associationOption(id) } })),
  );
  return { anonymisedAt: null, OR: [{ applicantId: userId }, ...viaAssociation] };
}

export type CopyableCase = { id: string; number: string; submittedAt: Date; title: string | null };

/** The five newest cases of this product the person may copy, with a title to recognise them. */
export async function copyableCases(
  productId: string,
  def: FormDefinition,
  userId: string,
  officerOf: readonly string[],
  client: Db = db,
): Promise<CopyableCase[]> {
  const rows = await client.case.findMany({
    where: { productId, ...copyableScope(def, userId, officerOf) },
    orderBy: { submittedAt: "desc" },
    take: 5,
    select: { id: true, number: true, submittedAt: true, answers: true },
  });
  // The first text question that is not prefilled names the thing (the event's name).
  const titleKey = def.pages
    .flatMap((p) => answerFields(p.fields))
    .find((f) => f.type === "text" && !f.prefill)?.key;
  return rows.map(({ answers, ...row }) => {
    const title = titleKey ? (answers as Record<string, unknown>)[titleKey] : undefined;
    return { ...row, title: typeof title === "string" ? title : null };
  });
}
