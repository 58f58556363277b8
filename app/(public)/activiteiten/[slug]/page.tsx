import { ActivityPageBody } from "@/components/activities/activity-page-body";
import { SignInToRegister } from "@/components/activities/sign-in-to-register";
import { activityBySlug } from "@/lib/activities/queries/catalogue";
import { notFound } from "@/lib/http/page-interrupts";
import type { ActivityPageProps } from "./route-params";

export { generateMetadata, generateStaticParams } from "./route-params";

// The facts come from the cached catalogue; the same for every visitor who is not signed in. With a
// session cookie the address is rewritten to ./inschrijven, which shows the basket form.
// A blocking route: the first request for an address waits for the page, then it is cached.
export const instant = false;

export default async function ActivityPage({ params }: ActivityPageProps) {
  const a = await activityBySlug((await params).slug);
  if (!a) notFound();
  return <ActivityPageBody a={a} basket={<SignInToRegister slug={a.slug} />} />;
}
