import type { Metadata } from "next";
import Link from "next/link";
import { OverviewPanels } from "@/components/overview/overview-panels";
import { TimelineList } from "@/components/timeline/timeline-list";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { organisesAnything } from "@/lib/activities/queries/organiser";
import { requireUser } from "@/lib/auth/guards";
import { getOverview } from "@/lib/overview";
import { getHousehold, getMemberships } from "@/lib/residents/queries";
import { getTimeline } from "@/lib/timeline";

export const metadata: Metadata = { title: "Mijn Wingene" };

export default async function MyHomePage() {
  const actor = await requireUser("/mijn");
  const [overview, household, memberships, timeline, organiser] = await Promise.all([
    getOverview(actor.userId),
    getHousehold(actor.userId),
    getMemberships(actor.userId),
    getTimeline(actor.userId),
    organisesAnything(actor.userId),
  ]);
  return (
    <>
      <PageHeader
        title={`Welkom${actor.name ? `, ${actor.name}` : ""}`}
        intro="Alles wat je bij de gemeente regelde, op één plek."
      />
      <OverviewPanels overview={overview} />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <Card title="Tijdlijn">
            <TimelineList
              items={timeline}
              empty="Nog niets gebeurd. Je afspraken, meldingen en aanvragen verschijnen hier."
            />
          </Card>
        </div>
        <div className="space-y-6">
          <Card title="Mijn gezin">
            <p>
              {household.length === 0
                ? "Nog geen gezinsleden toegevoegd."
                : household.map((m) => m.firstName).join(", ")}
            </p>
            <p className="mt-2">
              <Link href="/mijn/gezin">Gezinsleden beheren</Link>
            </p>
          </Card>
          <Card title="Mijn verenigingen">
            <p>
              {memberships.length === 0
                ? "Je bent nog geen lid van een vereniging."
                : memberships.map((m) => m.association.name).join(", ")}
            </p>
            <p className="mt-2">
              <Link href="/mijn/verenigingen">Namens een vereniging handelen</Link>
            </p>
          </Card>
          {organiser && (
            <Card title="Begeleiding">
              <p>Je begeleidt een activiteit van de gemeente.</p>
              <p className="mt-2">
                <Link href="/mijn/organisator">Deelnemers en ouders bekijken</Link>
              </p>
            </Card>
          )}
          <Card title="Mijn privacy">
            <p>Download alles wat we over je bewaren, of vraag om je gegevens te wissen.</p>
            <p className="mt-2">
              <Link href="/mijn/privacy">Mijn gegevens bekijken</Link>
            </p>
          </Card>
        </div>
      </div>
    </>
  );
}
