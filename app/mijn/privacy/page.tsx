import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/guards";

export const metadata: Metadata = { title: "Mijn privacy" };

export default async function MyPrivacyPage() {
  await requireUser("/mijn/privacy");
  return (
    <div className="max-w-3xl space-y-6">
      <PageHeader
        title="Mijn privacy"
        intro="Bekijk alles wat de gemeente via dit loket over jou bewaart, of vraag om je gegevens te wissen."
      />
      <Card title="Mijn gegevens downloaden">
        <p>
          Je profiel, gezin, verenigingen, afspraken, meldingen, reservaties, bestellingen, uitleningen,
          aanvragen, inschrijvingen en het logboek van wat er met je gegevens gebeurde.
        </p>
        <ul className="mt-3 list-disc pl-6">
          <li>
            <a href="/api/privacy/gegevens.pdf">Als leesbaar document (PDF)</a>
          </li>
          <li>
            <a href="/api/privacy/gegevens">Als bestand voor een computer (JSON)</a>
          </li>
        </ul>
      </Card>
      <p>
        <Link href="/privacy">Hoe de gemeente met je gegevens omgaat</Link>
      </p>
    </div>
  );
}
