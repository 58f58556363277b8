import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Controleer je mailbox" };

export default function CheckMailPage() {
  return (
    <div className="max-w-xl space-y-4 text-lg">
      <PageHeader title="Controleer je mailbox" />
      <p role="status">
        We stuurden je een e-mail met een aanmeldlink. Klik op de link in die e-mail om je aan te melden.
      </p>
      <p>De link werkt 24 uur en één keer. Niets ontvangen? Kijk ook in je map met ongewenste e-mail.</p>
    </div>
  );
}
