"use client";
// The booking request: date, day parts or hours, for whom, purpose and (for associations) a weekly
// series. Step one of two: it only checks and prices; the review page confirms. Works without JS.
import { ActionForm } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { formatMinutes } from "@/lib/be/time";
import { reviewBooking } from "@/lib/halls/actions";
import { MAX_SERIES_WEEKS, bookingSchema, deskBookingSchema } from "@/lib/halls/schema";
import { deskBookingAction } from "@/lib/halls/staff-actions";
import { ChoiceGroup, SelectField } from "./choice-fields";

export type BookingFormHall = {
  id: string;
  rentalUnit: "DAY_PART" | "HOURLY";
  opensAtMinutes: number;
  closesAtMinutes: number;
  dayParts: { code: string; label: string; startMinutes: number; endMinutes: number }[];
  invoiceAllowed: boolean;
};

type Party = { id: string; name: string; recognised: boolean };

export function BookingForm({
  hall,
  parties,
  defaultBookFor,
  preset,
  today,
  desk = false,
}: {
  hall: BookingFormHall;
  parties: Party[];
  defaultBookFor: string;
  preset: { date?: string; part?: string };
  today: string;
  /** Staff at the desk: adds the resident's e-mail and books directly. */
  desk?: boolean;
}) {
  const hours = [];
  for (let m = hall.opensAtMinutes; m <= hall.closesAtMinutes; m += 60) hours.push(formatMinutes(m));
  const someRecognised = parties.some((p) => p.recognised);
  return (
    <ActionForm
      action={desk ? deskBookingAction : reviewBooking}
      schema={desk ? deskBookingSchema : bookingSchema}
      label={desk ? "Reservatie aan de balie" : "Zaal reserveren"}
    >
      <input type="hidden" name="hallId" value={hall.id} />
      <input type="hidden" name="unit" value={hall.rentalUnit} />
      {desk && (
        <TextField
          label="E-mailadres van de inwoner"
          name="residentEmail"
          type="email"
          hint="De reservatie komt op zijn of haar naam; jij staat erbij als medewerker."
        />
      )}
      <TextField label="Datum" name="date" type="date" min={today} defaultValue={preset.date} />
      {hall.rentalUnit === "DAY_PART" ? (
        <ChoiceGroup
          legend="Dagdelen"
          name="dayParts"
          type="checkbox"
          hint="Kies één of meer dagdelen die op elkaar aansluiten."
          defaultValues={preset.part ? [preset.part] : []}
          options={hall.dayParts.map((p) => ({
            value: p.code,
            label: `${p.label} (${formatMinutes(p.startMinutes)}–${formatMinutes(p.endMinutes)})`,
          }))}
        />
      ) : (
        <div className="grid grid-cols-2 gap-4">
          <SelectField
            label="Van"
            name="from"
            defaultValue={preset.part}
            options={hours.slice(0, -1).map((h) => ({ value: h, label: h }))}
          />
          <SelectField
            label="Tot"
            name="until"
            defaultValue={
              hours[Math.min(hours.length - 1, Math.max(1, hours.indexOf(preset.part ?? "") + 1))]
            }
            options={hours.slice(1).map((h) => ({ value: h, label: h }))}
          />
        </div>
      )}
      <ChoiceGroup
        legend="Voor wie reserveer je?"
        name="bookFor"
        type="radio"
        defaultValues={[defaultBookFor]}
        options={[
          { value: "self", label: desk ? "De inwoner zelf" : "Voor mezelf" },
          ...parties.map((p) => ({
            value: p.id,
            label: `Namens ${p.name}${p.recognised ? " (erkende vereniging)" : ""}`,
          })),
        ]}
      />
      <TextField
        label="Waarvoor gebruik je de zaal?"
        name="purpose"
        hint="Bijvoorbeeld: ledenfeest, repetitie, verjaardagsfeest."
      />
      {parties.length > 0 && (
        <TextField
          label="Aantal weken (wekelijkse reeks)"
          name="weeks"
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_SERIES_WEEKS}
          defaultValue="1"
          optional
          hint={`Alleen voor verenigingen: dezelfde dag en uren, elke week, tot ${MAX_SERIES_WEEKS} keer. Weken die al bezet zijn, melden we je.`}
        />
      )}
      {someRecognised && hall.invoiceAllowed && (
        <ChoiceGroup
          legend="Betaling"
          name="invoiceLater"
          type="checkbox"
          options={[{ value: "on", label: "Factuur achteraf (alleen voor een erkende vereniging)" }]}
        />
      )}
      <p className="text-sm text-slate-700">
        Lees hoe we je gegevens gebruiken in de <a href="/privacy">privacyverklaring</a>.
      </p>
      <SubmitButton pendingText="Even nakijken…">{desk ? "Reserveren" : "Prijs bekijken"}</SubmitButton>
    </ActionForm>
  );
}
