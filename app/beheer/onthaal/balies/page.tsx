import type { Metadata } from "next";
import { NewDeskForm } from "@/components/appointments/admin/new-desk-form";
import { AvailabilityForm } from "@/components/appointments/admin/availability-form";
import { WEEKDAYS } from "@/components/appointments/admin/weekdays";
import { Card } from "@/components/ui/card";
import { InlineAction } from "@/components/ui/inline-action";
import { PageHeader } from "@/components/ui/page-header";
import { removeAvailabilityAction } from "@/lib/appointments/admin-actions";
import { sitesWithDesks } from "@/lib/appointments/admin-queries";
import { requireStaff } from "@/lib/auth/guards";
import { formatMinutes } from "@/lib/be/time";

export const metadata: Metadata = { title: "Bemanning van de balies" };

export default async function DeskAvailabilityPage() {
  await requireStaff("frontoffice:manage", "/beheer/onthaal/balies");
  const sites = await sitesWithDesks();
  return (
    <>
      <PageHeader
        title="Bemanning van de balies"
        intro="Een balie zonder blokken is bemand zolang het gemeentehuis open is. Met blokken worden enkel daarbinnen afspraken aangeboden."
      />
      <div className="space-y-8">
        <Card title="Nieuwe balie of gespreksruimte">
          <NewDeskForm sites={sites.map((s) => ({ id: s.id, name: s.name }))} />
        </Card>
        {sites.map((site) => (
          <section key={site.id} aria-labelledby={`site-${site.id}`} className="space-y-4">
            <h2 id={`site-${site.id}`} className="text-2xl font-semibold">
              {site.name}
            </h2>
            {site.desks.map((c) => (
              <Card key={c.id} title={c.name} as="h3">
                {c.availability.length === 0 ? (
                  <p className="mb-3">Bemand tijdens alle openingsuren.</p>
                ) : (
                  <ul className="mb-3 space-y-1">
                    {c.availability.map((a) => (
                      <li key={a.id} className="flex flex-wrap items-center gap-3">
                        <span>
                          {WEEKDAYS[a.weekday - 1]} {formatMinutes(a.startsAt)}–{formatMinutes(a.endsAt)}
                        </span>
                        <InlineAction
                          action={removeAvailabilityAction}
                          fields={{ id: a.id }}
                          label={`${WEEKDAYS[a.weekday - 1]} ${formatMinutes(a.startsAt)} van ${c.name} verwijderen`}
                        >
                          Verwijderen
                        </InlineAction>
                      </li>
                    ))}
                  </ul>
                )}
                <AvailabilityForm deskId={c.id} deskName={c.name} />
              </Card>
            ))}
          </section>
        ))}
      </div>
    </>
  );
}
