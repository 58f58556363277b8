import type { Metadata } from "next";
import Link from "next/link";
import { NewServiceForm } from "@/components/appointments/admin/new-service-form";
import { ServiceSettingsForm } from "@/components/appointments/admin/service-settings-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { servicesWithDesks, sitesWithDesks } from "@/lib/appointments/staff-queries";
import { requireStaff } from "@/lib/auth/guards";

export const metadata: Metadata = { title: "Diensten op afspraak" };

export default async function ServicesAdminPage() {
  await requireStaff("frontoffice:manage", "/beheer/onthaal/diensten");
  const [services, sites] = await Promise.all([servicesWithDesks(), sitesWithDesks()]);
  return (
    <>
      <PageHeader
        title="Diensten op afspraak"
        intro="Duur, buffer, termijnen en welke balies of gespreksruimten elke dienst aanbieden."
      >
        <p className="mt-4">
          <Link href="/beheer/onthaal/balies">Wanneer zijn de balies bemand?</Link>
        </p>
      </PageHeader>
      <div className="space-y-6">
        <Card title="Nieuwe dienst">
          <NewServiceForm sites={sites} />
        </Card>
        {services.map((s) => (
          <Card key={s.id} title={s.name}>
            <ServiceSettingsForm service={{ ...s, deskIds: s.desks.map((c) => c.deskId) }} sites={sites} />
          </Card>
        ))}
      </div>
    </>
  );
}
