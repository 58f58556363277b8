// What the designer's pages read: the products with their published version and whether there
// are unpublished changes, one product with its working copy, and the teams to choose from.
import "server-only";
import { db } from "@/lib/db";
import { workingCopy } from "./commands";

export async function listDesignerProducts() {
  const products = await db.product.findMany({
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      slug: true,
      active: true,
      draftUpdatedAt: true,
      team: { select: { name: true } },
      versions: {
        where: { publishedAt: { not: null } },
        orderBy: { version: "desc" },
        take: 1,
        select: { version: true },
      },
    },
  });
  return products.map((p) => ({
    id: p.id,
    name: p.name,
    slug: p.slug,
    active: p.active,
    team: p.team.name,
    published: p.versions[0]?.version ?? null,
    hasChanges: p.draftUpdatedAt !== null,
  }));
}

export async function getDesignerProduct(productId: string) {
  const product = await db.product.findUnique({
    where: { id: productId },
    select: {
      id: true,
      name: true,
      slug: true,
      teamId: true,
      summary: true,
      costText: true,
      slaDays: true,
      audiences: true,
      documentTitle: true,
      documentTemplate: true,
      team: { select: { name: true } },
      versions: {
        where: { publishedAt: { not: null } },
        orderBy: { version: "desc" },
        take: 1,
        select: { version: true },
      },
    },
  });
  if (!product) return null;
  const copy = (await workingCopy(db, productId))!;
  return { ...product, published: product.versions[0]?.version ?? null, ...copy };
}

export async function listTeams() {
  return db.team.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
}
