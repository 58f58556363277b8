// The public catalogue "Wat wil je aanvragen?" and a product's page: the same for every visitor,
// cached; publishing or changing a product expires CACHE_TAGS.eloketProducts.
import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { CACHE_TAGS } from "@/lib/cache/tags";
import { db } from "@/lib/db";

/** Active products that have a published form. */
export async function listProducts() {
  "use cache";
  cacheLife("max");
  cacheTag(CACHE_TAGS.eloketProducts);
  return db.product.findMany({
    where: { active: true, versions: { some: { publishedAt: { not: null } } } },
    orderBy: { name: "asc" },
    select: {
      id: true,
      slug: true,
      name: true,
      summary: true,
      keywords: true,
      costText: true,
      slaDays: true,
      fullyOnline: true,
      team: { select: { name: true } },
    },
  });
}

export async function getProduct(slug: string) {
  "use cache";
  cacheLife("max");
  cacheTag(CACHE_TAGS.eloketProducts);
  return db.product.findFirst({
    where: { slug, active: true, versions: { some: { publishedAt: { not: null } } } },
    include: { team: { select: { name: true } } },
  });
}
