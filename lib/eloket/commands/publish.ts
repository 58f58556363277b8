// Publishing a form: a new immutable version (number + 1). A published version is never updated:
// there is no command that writes one, so drafts and cases always read the form they were made on.
import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/db/client";
import { transaction } from "@/lib/db/tx";
import { AppError } from "@/lib/errors";
import { type FormDefinitionInput, formDefinitionSchema } from "@/lib/form-engine";
import { eloketMessages } from "../messages";

export async function publishVersion(
  db: Db,
  productId: string,
  input: FormDefinitionInput,
  now = new Date(),
) {
  const parsed = formDefinitionSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT", eloketMessages.invalidDefinition);
  return transaction(db, async (tx) => {
    // Lock the product's versions: two publishes at once get consecutive numbers.
    await tx.$queryRaw`SELECT id FROM "Product" WHERE id = ${productId} FOR UPDATE`;
    const last = await tx.productFormVersion.aggregate({ where: { productId }, _max: { version: true } });
    return tx.productFormVersion.create({
      data: {
        productId,
        version: (last._max.version ?? 0) + 1,
        definition: parsed.data as unknown as Prisma.InputJsonValue,
        publishedAt: now,
      },
    });
  });
}
