"use client";
// The basket: a quantity per item, the period, the depot's moments or a delivery (handover-fields.tsx),
// and for whom.
// Online it is step one of two (it only checks and prices; the review page confirms); at the desk
// it lends for the resident at once, with how they pay. Works without JavaScript, like every kit form.
import { DateField, Form, NumberField, RadioGroup, SubmitButton } from "@/components/ui/form";
import { ForEventField } from "@/components/events/for-event-field";
import { formatEuro } from "@/lib/be/money";
import { reviewLoan } from "@/lib/lending/actions";
import { basketSchema, deskLoanSchema } from "@/lib/lending/schema";
import { deskLoanAction } from "@/lib/lending/staff-actions";
import { type BasketSlot, type DeliveryOffer, HandoverFields } from "./handover-fields";

export type BasketItem = {
  id: string;
  name: string;
  unitPlural: string;
  stock: number;
  depositCents: number;
  fromCents: number | null;
  needs: string[];
};
type Party = { id: string; name: string; recognised: boolean };

export function BasketForm({
  items,
  slots,
  delivery,
  parties,
  defaultBorrowFor,
  preset,
  earliest,
  resident,
  forEvent,
}: {
  items: BasketItem[];
  slots: BasketSlot[];
  /** Delivery by the technical service, when some item may be delivered. */
  delivery: DeliveryOffer | null;
  parties: Party[];
  defaultBorrowFor: string;
  preset: { item?: string; from?: string; until?: string };
  earliest: string;
  /** Staff at the desk: the resident the loan is for; it is made at once. */
  resident?: { id: string; name: string };
  /** Borrowed for the borrower's own event dossier: posted along and linked on confirming. */
  forEvent?: { id: string; number: string | null };
}) {
  const desk = Boolean(resident);
  return (
    <Form
      action={desk ? deskLoanAction : reviewLoan}
      schema={desk ? deskLoanSchema : basketSchema}
      label={desk ? "Uitlenen aan de balie" : "Materiaal lenen"}
    >
      {resident && <input type="hidden" name="residentId" value={resident.id} />}
      {forEvent && <ForEventField dossier={forEvent} what="de uitlening" />}
      <fieldset className="space-y-4">
        <legend className="mb-2 text-lg font-semibold">Wat wil je lenen?</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          {items.map((item) => (
            <NumberField
              key={item.id}
              name={`quantities.${item.id}`}
              label={`${item.name} (aantal)`}
              optional
              min={0}
              max={item.stock}
              defaultValue={preset.item === item.id ? "1" : undefined}
              hint={[
                `${item.stock} ${item.unitPlural} in voorraad`,
                item.fromCents === null
                  ? null
                  : item.fromCents === 0
                    ? "gratis"
                    : `vanaf ${formatEuro(item.fromCents)} per stuk`,
                item.depositCents ? `waarborg ${formatEuro(item.depositCents)} per stuk` : null,
                ...item.needs,
              ]
                .filter(Boolean)
                .join(" · ")}
            />
          ))}
        </div>
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <DateField
          label={delivery ? "Ophalen op (of levering)" : "Ophalen op"}
          name="pickupDate"
          min={desk ? undefined : earliest}
          defaultValue={preset.from}
          hint={desk ? undefined : `Ten vroegste ${earliest.split("-").reverse().join("/")}.`}
        />
        <DateField
          label={delivery ? "Terugbrengen op (of ophaling)" : "Terugbrengen op"}
          name="returnDate"
          min={desk ? undefined : earliest}
          defaultValue={preset.until}
        />
      </div>
      <HandoverFields slots={slots} offer={delivery} />
      <RadioGroup
        legend="Voor wie leen je?"
        name="borrowFor"
        defaultValue={defaultBorrowFor}
        hint="Voor een vereniging lenen kan alleen wie er verantwoordelijke van is."
        options={[
          { value: "self", label: resident ? `${resident.name} zelf` : "Voor mezelf" },
          ...parties.map((p) => ({
            value: p.id,
            label: `Namens ${p.name}${p.recognised ? " (erkende vereniging)" : ""}`,
          })),
        ]}
      />
      {desk && (
        <RadioGroup
          legend="Hoe betaalt de inwoner?"
          name="payment"
          defaultValue="DESK_CARD"
          hint={
            parties.some((p) => p.recognised)
              ? "Een factuur kan alleen als de inwoner leent namens een erkende vereniging waarvan hij of zij verantwoordelijke is."
              : undefined
          }
          options={[
            { value: "DESK_CARD", label: "Met de betaalterminal" },
            { value: "DESK_CASH", label: "Cash" },
            { value: "TRANSFER", label: "Met een overschrijving (gestructureerde mededeling)" },
            ...(parties.some((p) => p.recognised)
              ? [{ value: "INVOICE", label: "Factuur aan de erkende vereniging" }]
              : []),
          ]}
        />
      )}
      <SubmitButton pendingText="Even nakijken…">
        {desk ? "Uitlenen" : "Prijs en beschikbaarheid nakijken"}
      </SubmitButton>
    </Form>
  );
}
