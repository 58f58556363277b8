import type { Metadata } from "next";
import { ClosingHolidaysForm } from "@/components/sites/closing-holidays-form";
import { ClosureForm } from "@/components/sites/closure-form";
import { ClosureList } from "@/components/sites/closure-list";
import { WeeklyHours } from "@/components/sites/weekly-hours";
import { WeeklyHoursForm } from "@/components/sites/weekly-hours-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guards";
import { getSitesWithHours, holidayChoices, upcomingClosures } from "@/lib/sites/queries";

export const metadata: Metadata = { title: "Openingsuren beheren" };

export default async function ManageHoursPage() {
  await requireStaff("sites:manage", "/beheer/openingsuren");
  const [sites, closures, holidays] = await Promise.all([
    getSitesWithHours(),
    upcomingClosures(),
    holidayChoices(),
  ]);
  return (
    <>
      <PageHeader
        title="Openingsuren en sluitingen"
        intro="Openingsuren, feestdagen en sluitingen verschijnen meteen op de site en bij het maken van afspraken."
      />
      <div className="grid gap-6 xl:grid-cols-2">
        <div className="space-y-6">
          <Card title="Komende sluitingen">
            <ClosureList closures={closures} />
          </Card>
          <Card title="Feestdagen">
            <ClosingHolidaysForm holidays={holidays} />
          </Card>
        </div>
        <div className="space-y-6">
          <Card title="Sluiting toevoegen">
            <ClosureForm sites={sites.map((s) => ({ id: s.id, name: s.name }))} />
          </Card>
          {sites.map((s) => (
            <Card key={s.id} title={s.name}>
              <WeeklyHours windows={s.windows} caption={`Weekuren ${s.name}`} />
              <details className="mt-4">
                <summary className="cursor-pointer font-semibold underline">
                  Weekuren van {s.name} wijzigen
                </summary>
                <div className="mt-3">
                  <WeeklyHoursForm siteId={s.id} siteName={s.name} windows={s.windows} />
                </div>
              </details>
            </Card>
          ))}
        </div>
      </div>
    </>
  );
}
