import type { Metadata } from "next";
import { ClosureForm } from "@/components/sites/closure-form";
import { WeeklyHours } from "@/components/sites/weekly-hours";
import { WeeklyHoursForm } from "@/components/sites/weekly-hours-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { brusselsParts, formatDate } from "@/lib/be/time";
import { requireStaff } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { getSitesWithHours } from "@/lib/sites/queries";
import { removeClosureAction } from "@/lib/sites/actions";
import { InlineAction } from "@/components/ui/inline-action";

export const metadata: Metadata = { title: "Openingsuren beheren" };

export default async function ManageHoursPage() {
  await requireStaff("sites:manage", "/beheer/openingsuren");
  const today = brusselsParts(new Date()).dateKey;
  const [sites, closures] = await Promise.all([
    getSitesWithHours(),
    db.closurePeriod.findMany({
      where: { endsOn: { gte: new Date(`${today}T00:00:00Z`) } },
      orderBy: { startsOn: "asc" },
      include: { site: { select: { name: true } } },
      take: 60,
    }),
  ]);
  return (
    <>
      <PageHeader
        title="Openingsuren en sluitingen"
        intro="Openingsuren en sluitingen verschijnen meteen op de site."
      />
      <div className="grid gap-6 xl:grid-cols-2">
        <Card title="Komende sluitingen">
          <ul className="divide-y divide-slate-200">
            {closures.map((c) => {
              const when =
                c.startsOn.getTime() === c.endsOn.getTime()
                  ? formatDate(c.startsOn)
                  : `${formatDate(c.startsOn)} – ${formatDate(c.endsOn)}`;
              return (
                <li key={c.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <span>
                    <strong>{when}</strong> · {c.reason} · {c.site?.name ?? "alle gemeentehuizen"}
                  </span>
                  <InlineAction
                    action={removeClosureAction}
                    fields={{ id: c.id }}
                    label={`Sluiting ${when} ${c.reason} verwijderen`}
                  >
                    Verwijderen
                  </InlineAction>
                </li>
              );
            })}
          </ul>
        </Card>
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
