import type { Metadata } from "next";
import Link from "next/link";
import { CategoryForm, DeliverySettingsForm, LoanRulesForm } from "@/components/lending/staff/settings-forms";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guards";
import { lendingSettings } from "@/lib/lending/queries/items";

export const metadata: Metadata = { title: "Instellingen van de uitleendienst" };

const loansText = (n: number) => (n === 1 ? "1 uitlening" : `${n} uitleningen`);

export default async function LendingSettingsPage() {
  await requireStaff("loans:manage", "/beheer/uitleendienst/instellingen");
  const { categories, delivery, rules } = await lendingSettings();
  return (
    <>
      <PageHeader
        title="Instellingen van de uitleendienst"
        intro="Categorieën van leners met hun termijnen, de prijs en het gebied van de leveringen, en de regels voor elke uitlening."
        trail={[{ label: "Uitleendienst", href: "/beheer/uitleendienst" }]}
      />
      <p className="mb-6">
        De prijs per stuk materiaal per categorie zet je bij het{" "}
        <Link href="/beheer/uitleendienst/materiaal">materiaal</Link>.
      </p>
      <div className="grid gap-6">
        <div className="grid gap-6 lg:grid-cols-2">
          <Card title="Regels voor elke uitlening">
            <LoanRulesForm rules={rules} />
          </Card>
          <Card title="Leveringen">
            <DeliverySettingsForm delivery={delivery} />
          </Card>
        </div>
        <h2 className="text-xl font-semibold">Categorieën van leners</h2>
        <div className="grid gap-6 lg:grid-cols-2">
          {categories.map((c) => (
            <Card key={c.code} title={c.label} as="h3">
              <p className="mb-4 text-sm">
                {loansText(c._count.loans)}; prijs ingevuld voor {c._count.prices} stuks materiaal.
              </p>
              <CategoryForm category={c} />
            </Card>
          ))}
        </div>
      </div>
    </>
  );
}
