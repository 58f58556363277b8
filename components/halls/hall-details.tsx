// What a hall is: photo, description, address, deposit, how booking works, facilities and rules,
// tariffs per category and what cancelling costs. From the catalogue, the same for every visitor.
import { DataList } from "@/components/ui/data-list";
import { formatEuro } from "@/lib/be/money";
import { bookingMode } from "@/lib/halls/labels";
import type { CatalogueHall } from "@/lib/halls/queries/catalogue";
import { HallPhoto } from "./hall-photo";

function cancellationText(rules: CatalogueHall["cancellationRules"]): string {
  const firstStep = rules.find((x) => x.minDaysBefore > 0)?.minDaysBefore ?? 0;
  const steps = rules
    .map((r) =>
      r.minDaysBefore === 0
        ? `korter dan ${firstStep} dagen op voorhand ${r.feePercent} %`
        : `vanaf ${r.minDaysBefore} dagen op voorhand ${r.feePercent} %`,
    )
    .join(", ");
  const minimum = rules[0]?.minimumCents ? ` (minstens ${formatEuro(rules[0].minimumCents)})` : "";
  return `Annuleren: ${steps} van de huurprijs${minimum}. Een aanvraag die nog niet goedgekeurd is, annuleer je gratis.`;
}

export function HallDetails({ hall }: { hall: CatalogueHall }) {
  const unitWord = hall.rentalUnit === "HOURLY" ? "uur" : "dagdeel";
  return (
    <>
      <div className="grid gap-6 md:grid-cols-2">
        <HallPhoto hall={hall} sizes={"(min-width: 768px) 50vw, 100vw"} eager className="rounded-lg" />
        <div className="space-y-3">
          <p>{hall.description}</p>
          <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1">
            <dt className="font-semibold">Adres</dt>
            <dd>
              {hall.street}, {hall.postcode} {hall.city}
            </dd>
            <dt className="font-semibold">Waarborg</dt>
            <dd>{hall.depositCents > 0 ? formatEuro(hall.depositCents) : "geen"}</dd>
            <dt className="font-semibold">Reserveren</dt>
            <dd>{bookingMode(hall.requiresApproval)}</dd>
          </dl>
        </div>
      </div>
      <section aria-labelledby="faciliteiten">
        <h2 id="faciliteiten" className="mb-2 text-2xl font-bold">
          Faciliteiten en afspraken
        </h2>
        <ul className="list-disc pl-6">
          {hall.facilities.map((f) => (
            <li key={f}>{f}</li>
          ))}
        </ul>
        <p className="mt-2">{hall.rules}</p>
      </section>
      <section aria-labelledby="tarieven">
        <h2 id="tarieven" className="mb-2 text-2xl font-bold">
          Tarieven
        </h2>
        <DataList
          caption={`Tarieven van ${hall.name}`}
          rows={hall.tariffs}
          rowKey={(t) => t.id}
          columns={[
            { key: "who", label: "Wie", primary: true, cell: (t) => t.label },
            {
              key: "price",
              label: `Prijs per ${unitWord}`,
              align: "right",
              cell: (t) => (t.unitCents === 0 ? "gratis" : formatEuro(t.unitCents)),
            },
            {
              key: "window",
              label: "Reserveren tot",
              cell: (t) => `${t.bookingWindowMonths} maanden op voorhand`,
            },
          ]}
        />
        <p className="mt-2">{cancellationText(hall.cancellationRules)}</p>
      </section>
    </>
  );
}
