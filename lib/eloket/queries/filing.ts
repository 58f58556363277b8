// Reads for filing a request: the product, the version the resident fills in (their draft's, or
// the newest published one) and the draft's answers. Scoped to the user.
import "server-only";
import { db } from "@/lib/db";
import type { Db } from "@/lib/db/client";
import { type Answers, type FormDefinition, parseDefinition } from "@/lib/form-engine";

export type Filing = {
  product: { id: string; slug: string; name: string; slaDays: number; costText: string };
  version: { id: string; version: number; definition: FormDefinition };
  draft: { id: string; answers: Answers; pagesDone: string[] } | null;
};

/** A draft on an older version is finished on that version; otherwise the newest published one. */
export async function getFiling(userId: string, slug: string, client: Db = db): Promise<Filing | null> {
  const product = await client.product.findFirst({
    where: { slug, active: true },
    select: { id: true, slug: true, name: true, slaDays: true, costText: true },
  });
  if (!product) return null;
  const draft = await client.caseDraft.findFirst({
    where: { userId, version: { productId: product.id } },
    orderBy: { updatedAt: "desc" },
    include: { version: true },
  });
  const version =
    draft?.version ??
    (await client.productFormVersion.findFirst({
      where: { productId: product.id, publishedAt: { not: null } },
      orderBy: { version: "desc" },
    }));
  if (!version) return null;
  return {
    product,
    version: { id: version.id, version: version.version, definition: parseDefinition(version.definition) },
    draft: draft ? { id: draft.id, answers: draft.answers as Answers, pagesDone: draft.pagesDone } : null,
  };
}
