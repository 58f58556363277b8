import type { Metadata } from "next";
import { IdentityForm } from "@/components/municipality/identity-form";
import { IdentityPictureForm } from "@/components/municipality/identity-picture-form";
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
        intro="De kleur, de teksten, het logo en de foto van het loket. Een wijziging staat meteen op elke pagina."
      />
      <div className="space-y-6">
        <Card>
          <IdentityForm identity={{ tagline: m.tagline, brandColor: m.brandColor, heroAlt: m.heroAlt }} />
        </Card>
        <Card title="Logo">
          <IdentityPictureForm which="logo" uploaded={m.logoFile !== null} />
        </Card>
        <Card title="Foto van de startpagina">
          <IdentityPictureForm which="hero" uploaded={m.heroFile !== null} />
        </Card>
      </div>
    </>
  );
}
