import type { Metadata } from "next";
import { IdentityForm } from "@/components/municipality/identity-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guards";
import { getMunicipality } from "@/lib/municipality/queries";

export const metadata: Metadata = { title: "Huisstijl" };

export default async function IdentityPage() {
  await requireStaff("sites:manage", "/beheer/huisstijl");
  const m = await getMunicipality();
  return (
    <>
      <PageHeader
        trail={[{ href: "/beheer", label: "Beheer" }]}
        title="Huisstijl"
        intro="De kleur en de teksten van het loket. Een wijziging staat meteen op elke pagina."
      />
      <Card>
        <IdentityForm identity={{ tagline: m.tagline, brandColor: m.brandColor, heroAlt: m.heroAlt }} />
      </Card>
    </>
  );
}
