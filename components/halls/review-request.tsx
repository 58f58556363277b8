// The review step of a request: what will be asked for (each week of a series, the taken ones
// marked), for whom, at which tariff, and the price with the deposit, then the confirming button.
import { forEventRows } from "@/components/events/for-event-field";
import { Card } from "@/components/ui/card";
import { SummaryList } from "@/components/ui/form/summary-list";
import { formatEuro } from "@/lib/be/money";
import { formatLongDate } from "@/lib/be/time";
import { HALL_SERVICE } from "@/lib/halls/labels";
import type { Review } from "@/lib/halls/queries/mine";
import { ConfirmRequestForm } from "./confirm-request-form";

export function ReviewRequest({ review }: { review: Extract<Review, { ok: true }> }) {
  const { prepared, taken, fields, instant, dossier } = review;
  const { quote } = prepared;
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_24rem]">
      <Card title="Je aanvraag">
        <SummaryList
          rows={[
            { key: "hall", label: "Zaal", value: prepared.hall.name },
            {
              key: "when",
              label: "Wanneer",
              value: (
                <ul>
                  {prepared.occurrences.map((o) => (
                    <li key={o.date}>
                      {formatLongDate(o.slot.startsAt)}, {o.slot.label}
                      {taken.includes(o.date) && (
                        <strong className="text-red-800"> – al bezet, wordt niet aangevraagd</strong>
                      )}
                    </li>
                  ))}
                </ul>
              ),
            },
            { key: "for", label: "Voor", value: prepared.association ? prepared.association.name : "jezelf" },
            { key: "tariff", label: "Tarief", value: prepared.categoryLabel },
            { key: "purpose", label: "Waarvoor", value: prepared.purpose },
            ...forEventRows(dossier),
          ]}
        />
      </Card>
      <Card title="Prijs">
        <dl className="grid grid-cols-[minmax(0,1fr)_auto] gap-x-4 gap-y-2">
          <dt>
            Huur: {quote.units} × {formatEuro(quote.unitCents)}
          </dt>
          <dd className="text-right">{formatEuro(quote.priceCents)}</dd>
          <dt>Waarborg (krijg je terug na controle)</dt>
          <dd className="text-right">{formatEuro(quote.depositCents)}</dd>
          <dt className="font-bold">Totaal{prepared.occurrences.length > 1 ? " per week" : ""}</dt>
          <dd className="text-right font-bold">{formatEuro(quote.priceCents + quote.depositCents)}</dd>
        </dl>
        <p className="my-4 text-sm text-slate-700">
          {prepared.invoiceLater
            ? "Je vereniging krijgt een factuur met een nummer, een vervaldag en een gestructureerde mededeling zodra de reservatie bevestigd is."
            : instant
              ? "Je reservatie is meteen bevestigd. Je betaalt daarna online of met een overschrijving."
              : `De ${HALL_SERVICE.toLowerCase()} bekijkt je aanvraag. Na goedkeuring krijg je een e-mail met een betaallink.`}
        </p>
        <ConfirmRequestForm
          fields={fields}
          label={instant ? "Reserveren en betalen" : "Aanvraag versturen"}
        />
      </Card>
    </div>
  );
}
