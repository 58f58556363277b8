import type { Metadata } from "next";
import { ActivityPageBody } from "@/components/activities/activity-page-body";
import { BasketIsland } from "@/components/activities/basket-island";
import { activityBySlug, activityCatalogue } from "@/lib/activities/queries/catalogue";
import { atLeastOne } from "@/lib/cache/static-params";
import { notFound } from "@/lib/http/page-interrupts";

// An activity for a visitor with a session cookie (a rewrite, next.config.ts): the basket depends on
// who asks (their children), so this renders per request; the facts come from the cached catalogue.
export const instant = false;

export async function generateStaticParams() {
  return atLeastOne(
    (await activityCatalogue()).map((a) => ({ slug: a.slug })),
    { slug: "-" },
  );
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const a = await activityBySlug((await params).slug);
  return { title: a ? a.title : "Activiteit niet gevonden" };
}

export default async function ActivityWithBasketPage({ params }: Props) {
  const a = await activityBySlug((await params).slug);
  if (!a) notFound();
  return (
    <ActivityPageBody
      a={a}
      basket={<BasketIsland sessions={a.sessions.map((s) => ({ id: s.id, label: s.label }))} slug={a.slug} />}
    />
  );
}
