import type { Metadata } from "next";
import Link from "next/link";
import { ActivityList } from "@/components/activities/activity-list";
import { CatalogueFiltersWhenUsed } from "@/components/activities/catalogue-filters-when-used";
import { PageHeader } from "@/components/ui/page-header";
import { fieldErrorsOf } from "@/lib/actions/result";
import { activityCatalogue, filterCatalogue } from "@/lib/activities/queries/catalogue";
import { catalogueFilterSchema } from "@/lib/activities/schema";
import { brusselsParts } from "@/lib/be/time";

export const metadata: Metadata = { title: "Activiteiten en kampen" };

// The filters are in the address: rendered per request (a blocking route); the activities come
// from the cached catalogue, the places left per session from the capacity engine.
export const instant = false;

type Search = Record<string, string | string[] | undefined>;

export default async function ActivitiesPage({ searchParams }: { searchParams: Promise<Search> }) {
  const search = Object.fromEntries(
    Object.entries(await searchParams).flatMap(([k, v]) => (typeof v === "string" ? [[k, v]] : [])),
  );
  const parsed = catalogueFilterSchema.safeParse(search);
  const filter = parsed.success ? parsed.data : catalogueFilterSchema.parse({});
  const activities = filterCatalogue(await activityCatalogue(), filter, brusselsParts(new Date()).dateKey);
  return (
    <>
      <PageHeader
        title="Activiteiten en kampen"
        intro="Speelpleinwerking, sportkampen, workshops en zwemlessen voor kinderen en jongeren. Zet je kinderen vooraf in je mandje; bij de opening van de inschrijvingen verstuur je alles met één klik."
      />
      <p className="mb-4">
        <Link href="/mijn/activiteiten/mandje">Mijn mandje</Link> ·{" "}
        <Link href="/mijn/gezin">Mijn kinderen</Link>
      </p>
      <div className="mb-8">
        <CatalogueFiltersWhenUsed
          values={search}
          errors={parsed.success ? undefined : fieldErrorsOf(parsed.error)}
        />
      </div>
      <ActivityList activities={activities} />
    </>
  );
}
