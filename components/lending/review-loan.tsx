// The review step: what, when, for whom, at which tariff; rent, deposit and the total; the
// conditions to accept and what we suggest adding; then the confirming button.
import { forEventRows } from "@/components/events/for-event-field";
import { Card } from "@/components/ui/card";
import { SummaryList } from "@/components/ui/form/summary-list";
import { Notice } from "@/components/ui/notice";
import { formatAddress } from "@/lib/be/address";
import { formatEuro } from "@/lib/be/money";
import type { Review } from "@/lib/lending/queries/mine";
import { ConfirmLoanForm } from "./confirm-loan-form";

export function ReviewLoan({ review }: { review: Extract<Review, { ok: true }> }) {
  const { prepared, fields, dossier } = review;
  const delivered = prepared.handover === "DELIVERY";
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_24rem]">
      <div className="space-y-6">
        <Card title="Je aanvraag">
          <SummaryList
            rows={[
              {
                key: "what",
                label: "Materiaal",
                value: (
                  <ul>
                    {prepared.lines.map((l) => (
                      <li key={l.item.id}>
                        {l.quantity} × {l.item.name.toLowerCase()}
                      </li>
                    ))}
                  </ul>
                ),
              },
              ...(delivered
                ? [
                    { key: "pickup", label: "Levering", value: prepared.pickup.label },
                    { key: "return", label: "Ophaling", value: prepared.giveBack.label },
                    { key: "address", label: "Adres", value: formatAddress(prepared.deliveryAddress!) },
                  ]
                : [
                    { key: "pickup", label: "Ophalen", value: prepared.pickup.label },
                    { key: "return", label: "Terugbrengen", value: prepared.giveBack.label },
                  ]),
              { key: "for", label: "Voor", value: prepared.association?.name ?? prepared.borrower.name },
              { key: "tariff", label: "Tarief", value: prepared.category.label },
              ...forEventRows(dossier),
            ]}
          />
        </Card>
        {prepared.suggestions.length > 0 && (
          <Notice tone="info">
            <ul>
              {prepared.suggestions.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ul>
          </Notice>
        )}
        <Card title="Voorwaarden">
          <ul className="list-disc space-y-1 pl-5">
            {prepared.conditions.map((c) => (
              <li key={c}>{c}</li>
            ))}
            <li>
              {delivered
                ? "De technische dienst levert en haalt op het gekozen moment op; zorg dat iemand er is. Schade of ontbrekende stukken houden we in van de waarborg."
                : "Ophalen en terugbrengen aan het depot op het gekozen moment; te laat terugbrengen of schade houden we in van de waarborg."}
            </li>
          </ul>
        </Card>
      </div>
      <Card title="Prijs">
        <dl className="grid grid-cols-[minmax(0,1fr)_auto] gap-x-4 gap-y-2">
          {prepared.lines.map((l) => (
            <div key={l.item.id} className="contents">
              <dt>
                {l.item.name}: {l.quantity} × {formatEuro(l.unitCents)}
              </dt>
              <dd className="text-right">{formatEuro(l.quantity * l.unitCents)}</dd>
            </div>
          ))}
          {delivered && (
            <>
              <dt>Transport (levering en ophaling)</dt>
              <dd className="text-right">{formatEuro(prepared.transportCents)}</dd>
            </>
          )}
          <dt>Waarborg (krijg je terug na controle)</dt>
          <dd className="text-right">{formatEuro(prepared.depositCents)}</dd>
          <dt className="font-bold">Totaal</dt>
          <dd className="text-right font-bold">
            {formatEuro(prepared.rentCents + prepared.transportCents + prepared.depositCents)}
          </dd>
        </dl>
        <p className="my-4 text-sm text-slate-700">
          We houden het materiaal voor je vast zodra je bevestigt. Je betaalt daarna online of met een
          overschrijving
          {prepared.association?.recognised ? "; een erkende vereniging kan ook een factuur krijgen" : ""}.
        </p>
        <ConfirmLoanForm fields={fields} invoiceAllowed={Boolean(prepared.association?.recognised)} />
      </Card>
    </div>
  );
}
