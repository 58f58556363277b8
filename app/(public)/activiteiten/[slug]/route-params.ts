// The addresses and titles of an activity's page, shared by ./page.tsx (everyone) and
// ./inschrijven/page.tsx (the same page with the basket, for a visitor with a session cookie).
import type { Metadata } from "next";
import { activityBySlug, activityCatalogue } from "@/lib/activities/queries/catalogue";
import { atLeastOne } from "@/lib/cache/static-params";

export type ActivityPageProps = { params: Promise<{ slug: string }> };

export async function generateStaticParams() {
  return atLeastOne(
    (await activityCatalogue()).map((a) => ({ slug: a.slug })),
    { slug: "-" },
  );
}

export async function generateMetadata({ params }: ActivityPageProps): Promise<Metadata> {
  const a = await activityBySlug((await params).slug);
  return { title: a ? a.title : "Activiteit niet gevonden" };
}
