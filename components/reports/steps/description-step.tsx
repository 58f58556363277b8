// Step 4: open reports nearby (follow one instead?) and the report itself.
import Link from "next/link";
import type { ReportKind } from "@/generated/prisma/enums";
import { buttonClass } from "@/components/ui/button-class";
import { Card } from "@/components/ui/card";
import { type Step } from "@/components/ui/form/step-list";
import { SummaryList } from "@/components/ui/form/summary-list";
import { formatLongDate } from "@/lib/be/time";
import { type Place, pointOf } from "@/lib/forms/location";
import { nearbyOpenReports } from "@/lib/reports/queries";
import { locationStepUrl } from "@/lib/reports/steps";
import { NearbyReports } from "../nearby-reports";
import { ReportForm } from "../report-form";
import { ReportStep } from "./report-step";

export async function DescriptionStep({
  steps,
  kind,
  category,
  place,
  asksForPlace,
  resident,
}: {
  steps: Step[];
  kind: ReportKind;
  category: { id: string; slug: string; name: string; requiresLocation: boolean };
  place: Place;
  asksForPlace: boolean;
  resident: { name: string | null; email: string | null } | null;
}) {
  const point = pointOf(place);
  const nearby = point ? (await nearbyOpenReports(category.id, point)).slice(0, 5) : [];
  return (
    <div className="space-y-6">
      {nearby.length > 0 && (
        <NearbyReports
          reports={nearby.map((r) => ({
            id: r.id,
            number: r.number,
            distance: Math.round(r.distance),
            place: r.addressText ?? "",
            reportedOn: formatLongDate(r.createdAt).replace(/^\S+ /, ""),
          }))}
          defaultEmail={resident?.email ?? undefined}
        />
      )}
      <ReportStep steps={steps} title={`Beschrijf het (${category.name})`}>
        {asksForPlace && (
          <div className="mb-4">
            <SummaryList
              rows={[
                {
                  key: "place",
                  label: "Plaats",
                  value:
                    [place.text, point && `${point.latitude.toFixed(5)}, ${point.longitude.toFixed(5)}`]
                      .filter(Boolean)
                      .join(" · ") || "Niet opgegeven",
                  changeHref: locationStepUrl(kind, category.slug, place),
                },
              ]}
            />
          </div>
        )}
        <ReportForm
          kind={kind}
          category={category.slug}
          place={place}
          requiresLocation={category.requiresLocation}
          allowPhotos={asksForPlace}
          defaultName={resident?.name ?? undefined}
          defaultEmail={resident?.email ?? undefined}
        />
      </ReportStep>
    </div>
  );
}

export function ReferralCard({
  category,
  otherCategoryHref,
}: {
  category: {
    name: string;
    referralText: string | null;
    referralUrl: string | null;
    referralName: string | null;
  };
  otherCategoryHref: string;
}) {
  return (
    <Card title={`${category.name}: hiervoor is de gemeente niet bevoegd`}>
      <p className="text-lg">{category.referralText}</p>
      {category.referralUrl && (
        <p className="mt-4">
          <a href={category.referralUrl} rel="noopener noreferrer" className={buttonClass()}>
            Naar {category.referralName ?? "de bevoegde dienst"}
          </a>
        </p>
      )}
      <p className="mt-4">
        <Link href={otherCategoryHref}>Een andere categorie kiezen</Link>
      </p>
    </Card>
  );
}
