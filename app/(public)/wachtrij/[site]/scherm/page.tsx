import type { Metadata } from "next";
import { notFound } from "@/lib/http/page-interrupts";
import { CallScreen } from "@/components/queue/call-screen";
import { screenState, siteBySlug } from "@/lib/queue/queries";
import { connection } from "next/server";

// Live state: rendered per request (a blocking route).
export const instant = false;

export const metadata: Metadata = { title: "Oproepscherm", robots: { index: false } };
/** The call screen for the TV in the hall; public, it shows only numbers and desks. */
export default async function CallScreenPage({ params }: { params: Promise<{ site: string }> }) {
  // Live state, rendered per request and never kept in a prerendered shell.
  await connection();
  const site = await siteBySlug((await params).site);
  if (!site) notFound();
  return (
    <>
      {/* Without JavaScript the screen still follows, by reloading itself. */}
      <noscript>
        <meta httpEquiv="refresh" content="10" />
      </noscript>
      <CallScreen site={site.name} slug={site.slug} initial={await screenState(site.id)} />
    </>
  );
}
