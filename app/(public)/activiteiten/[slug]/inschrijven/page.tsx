import { ActivityPageBody } from "@/components/activities/activity-page-body";
import { BasketIsland } from "@/components/activities/basket-island";
import { LotteryIsland } from "@/components/activities/lottery-island";
import { connection } from "next/server";
import { activityBySlug } from "@/lib/activities/queries/catalogue";
import { notFound } from "@/lib/http/page-interrupts";
import type { ActivityPageProps } from "../route-params";

export { generateMetadata, generateStaticParams } from "../route-params";

// An activity for a visitor with a session cookie (a rewrite, next.config.ts): the basket depends on
// who asks (their children), so this renders per request; the facts come from the cached catalogue.
// An activity in lottery mode shows the lottery entry instead of the basket.
export const instant = false;

export default async function ActivityWithBasketPage({ params }: ActivityPageProps) {
  const a = await activityBySlug((await params).slug);
  if (!a) notFound();
  await connection();
  const part =
    a.allocationMode === "LOTTERY" ? (
      <LotteryIsland a={a} now={new Date()} />
    ) : (
      <BasketIsland sessions={a.sessions.map((s) => ({ id: s.id, label: s.label }))} slug={a.slug} />
    );
  return <ActivityPageBody a={a} basket={part} />;
}
