import type { Metadata } from "next";
import { InvoiceSettingsForm } from "@/components/payments/invoice-settings-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guards";
import { invoiceSettings } from "@/lib/payments/invoice-settings";

export const metadata: Metadata = { title: "Termijnen van facturen" };

export default async function InvoiceSettingsPage() {
  await requireStaff("leisure:manage", "/beheer/facturen/instellingen");
  const settings = await invoiceSettings();
  return (
    <>
      <PageHeader
        title="Termijnen van facturen"
        intro="Hoe lang een vereniging heeft om een factuur te betalen, en wanneer de herinneringen vertrekken. Na de tweede herinnering volgt de dienst financiën het verder op."
        trail={[{ label: "Facturen", href: "/beheer/facturen" }]}
      />
      <Card title="Termijnen">
        <InvoiceSettingsForm settings={settings} />
      </Card>
    </>
  );
}
