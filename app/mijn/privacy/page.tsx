import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { ConfirmAction } from "@/components/ui/form/confirm-action";
import { requireUser } from "@/lib/auth/guards";
import { formatDate } from "@/lib/be/time";
import { requestMyErasure } from "@/lib/privacy/actions";
import { erasureRequestedAt } from "@/lib/privacy/erasure-request";

export const metadata: Metadata = { title: "Mijn privacy" };

export default async function MyPrivacyPage() {
  const actor = await requireUser("/mijn/privacy");
  const requestedAt = await erasureRequestedAt(actor.userId);
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
      <Card title="Mijn gegevens laten wissen">
        {requestedAt ? (
          <p role="status">
            Je vroeg op {formatDate(requestedAt)} om je gegevens te wissen. Een medewerker bekijkt je aanvraag
            binnen een maand en neemt contact op als er nog iets loopt (een betaling, een reservatie, een
            aanvraag).
          </p>
        ) : (
          <>
            <p className="mb-3">
              Een medewerker controleert je aanvraag en wist dan je gegevens. Wat de wet ons laat bewaren
              (betaalde facturen 7 jaar, beslissingen, het logboek) blijft, zonder je naam waar dat mag.
            </p>
            <ConfirmAction
              action={requestMyErasure}
              fields={{}}
              trigger="Vraag wissing aan"
              consequence="Na de wissing kun je niet meer aanmelden met dit account en zie je je afspraken, meldingen, reservaties en aanvragen niet meer. Download je gegevens eerst als je ze wilt houden."
              confirmLabel="Ja, vraag wissing aan"
            />
          </>
        )}
      </Card>
      <p>
        <Link href="/privacy">Hoe de gemeente met je gegevens omgaat</Link>
      </p>
    </div>
  );
}
