import type { Metadata } from "next";
import { CategoryStep } from "@/components/reports/steps/category-step";
import { DescriptionStep, ReferralCard } from "@/components/reports/steps/description-step";
import { LocationStep } from "@/components/reports/steps/location-step";
import { ReportPageHeader, ReportKindStep } from "@/components/reports/steps/report-start";
import { ReportStep } from "@/components/reports/steps/report-step";
import { Notice } from "@/components/ui/notice";
import { getActor } from "@/lib/auth/actor";
import { locationSchema } from "@/lib/forms/location";
import { KIND_LABELS } from "@/lib/reports/labels";
import { reportMessages } from "@/lib/reports/messages";
import { getCategories } from "@/lib/reports/queries";
import { asksForPlace, categoryStepUrl, reportSteps } from "@/lib/reports/steps";
import { KIND_URL_WORDS, kindFromUrlWord } from "@/lib/reports/url-words";

// Each step after the first follows the answers in the address: rendered per request (a blocking
// route). next.config.ts rewrites `/melden?soort=…` and `/melden?stap=…` here, so the address the
// resident sees and posts to stays /melden.
export const instant = false;

export const metadata: Metadata = { title: "Melding, klacht, suggestie of vraag" };

type Search = Partial<Record<"soort" | "categorie" | "adres" | "lat" | "lng" | "plaats" | "stap", string>>;

// Kind and category are GET steps, the place is posted and checked, and the description step
// carries the place in its address (lib/reports/steps.ts), so every step works without JavaScript.
export default async function ReportStepPage({ searchParams }: { searchParams: Promise<Search> }) {
  const search = await searchParams;
  const kind = kindFromUrlWord(search.soort);
  const [categories, actor] = await Promise.all([getCategories(), getActor()]);
  const forKind = kind ? categories.filter((c) => c.kinds.includes(kind)) : [];
  const category = kind ? forKind.find((c) => c.slug === search.categorie) : undefined;
  const header = <ReportPageHeader />;

  if (!kind) {
    const errors = search.stap === "soort" ? { soort: [reportMessages.chooseKind] } : undefined;
    return <ReportKindStep errors={errors} />;
  }
  if (!category) {
    const errors = search.stap === "categorie" ? { categorie: [reportMessages.chooseCategory] } : undefined;
    return (
      <>
        {header}
        <ReportStep steps={reportSteps("category", { kind })} title="Waarover gaat het?">
          <CategoryStep
            kindWord={KIND_URL_WORDS[kind]}
            kindTitle={KIND_LABELS[kind].title}
            categories={forKind}
            errors={errors}
          />
        </ReportStep>
      </>
    );
  }
  if (!category.inRemit) {
    return (
      <>
        {header}
        <ReferralCard category={category} otherCategoryHref={categoryStepUrl(kind)} />
      </>
    );
  }

  const place = asksForPlace(kind, category);
  const where = locationSchema({ required: category.requiresLocation }).safeParse({
    text: search.adres,
    latitude: search.lat,
    longitude: search.lng,
  });
  const context = { kind, category: category.slug, place };
  if (place && (search.plaats !== "1" || !where.success)) {
    return (
      <>
        {header}
        {search.plaats === "1" && (
          <Notice tone="warning" title="Controleer de plaats">
            De plaats in het adres van deze pagina klopt niet. Kies ze hieronder opnieuw.
          </Notice>
        )}
        <ReportStep steps={reportSteps("location", context)} title={`Waar is het? (${category.name})`}>
          <LocationStep
            kind={kind}
            category={category.slug}
            required={category.requiresLocation}
            place={{ text: search.adres, latitude: search.lat, longitude: search.lng }}
          />
        </ReportStep>
      </>
    );
  }
  return (
    <>
      {header}
      <DescriptionStep
        steps={reportSteps("description", context)}
        kind={kind}
        category={category}
        place={place && where.success ? where.data : {}}
        asksForPlace={place}
        resident={actor ? { name: actor.name, email: actor.email } : null}
      />
    </>
  );
}
