import type { Metadata } from "next";
import { DeskAvailability } from "@/components/appointments/admin/desk-availability";
import { NewDeskForm } from "@/components/appointments/admin/new-desk-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { sitesWithDesks } from "@/lib/appointments/staff-queries";
import { requireStaff } from "@/lib/auth/guards";

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
            {site.desks.map((desk) => (
              <DeskAvailability key={desk.id} desk={desk} />
            ))}
          </section>
        ))}
      </div>
    </>
  );
}
