import type { Metadata } from "next";
import { ActivityPageBody } from "@/components/activities/activity-page-body";
import { SignInToRegister } from "@/components/activities/sign-in-to-register";
import { activityBySlug, activityCatalogue } from "@/lib/activities/queries/catalogue";
import { atLeastOne } from "@/lib/cache/static-params";
import { notFound } from "@/lib/http/page-interrupts";

// The facts come from the cached catalogue; the same for every visitor who is not signed in. With a
// session cookie the address is rewritten to ./inschrijven, which shows the basket form.
// A blocking route: the first request for an address waits for the page, then it is cached.
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

export default async function ActivityPage({ params }: Props) {
  const a = await activityBySlug((await params).slug);
  if (!a) notFound();
  return <ActivityPageBody a={a} basket={<SignInToRegister slug={a.slug} />} />;
}
