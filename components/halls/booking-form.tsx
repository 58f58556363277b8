"use client";
// The booking request: date, day parts or hours, for whom, purpose and (for associations) a weekly
// series. Online it is step one of two (it only checks and prices; the review page confirms); at
// the desk it books for the resident at once. Works without JavaScript, like every kit form.
import {
  Checkbox,
  CheckboxGroup,
  DateField,
  Form,
  NumberField,
  RadioGroup,
  Select,
  SubmitButton,
  TextField,
} from "@/components/ui/form";
import { ForEventField } from "@/components/events/for-event-field";
import { formatMinutes } from "@/lib/be/time";
import { reviewBooking } from "@/lib/halls/actions";
import { MAX_SERIES_WEEKS, bookingSchema, deskBookingSchema } from "@/lib/halls/schema/booking";
import { deskBookingAction } from "@/lib/halls/staff-actions";

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
  resident,
  forEvent,
}: {
  hall: BookingFormHall;
  parties: Party[];
  defaultBookFor: string;
  preset: { date?: string; part?: string };
  today: string;
  /** Staff at the desk: the resident the booking is for; it is booked at once. */
  resident?: { id: string; name: string };
  /** Booked for the requester's own event dossier: posted along and linked on confirming. */
  forEvent?: { id: string; number: string | null };
}) {
  const hours = [];
  for (let m = hall.opensAtMinutes; m <= hall.closesAtMinutes; m += 60) hours.push(formatMinutes(m));
  const desk = Boolean(resident);
  return (
    <Form
      action={desk ? deskBookingAction : reviewBooking}
      schema={desk ? deskBookingSchema : bookingSchema}
      label={desk ? "Reservatie aan de balie" : "Zaal reserveren"}
    >
      <input type="hidden" name="hallId" value={hall.id} />
      <input type="hidden" name="unit" value={hall.rentalUnit} />
      {resident && <input type="hidden" name="residentId" value={resident.id} />}
      {forEvent && <ForEventField dossier={forEvent} what="de reservatie" />}
      <DateField label="Datum" name="date" min={today} defaultValue={preset.date} />
      {hall.rentalUnit === "DAY_PART" ? (
        <CheckboxGroup
          legend="Dagdelen"
          name="dayParts"
          hint="Kies één of meer dagdelen die op elkaar aansluiten."
          defaultValue={preset.part ? [preset.part] : []}
          options={hall.dayParts.map((p) => ({
            value: p.code,
            label: `${p.label} (${formatMinutes(p.startMinutes)}–${formatMinutes(p.endMinutes)})`,
          }))}
        />
      ) : (
        <div className="grid grid-cols-2 gap-4">
          <Select
            label="Van"
            name="from"
            defaultValue={preset.part}
            options={hours.slice(0, -1).map((h) => ({ value: h, label: h }))}
          />
          <Select
            label="Tot"
            name="until"
            defaultValue={
              hours[Math.min(hours.length - 1, Math.max(1, hours.indexOf(preset.part ?? "") + 1))]
            }
            options={hours.slice(1).map((h) => ({ value: h, label: h }))}
          />
        </div>
      )}
      <RadioGroup
        legend="Voor wie reserveer je?"
        name="bookFor"
        defaultValue={defaultBookFor}
        options={[
          { value: "self", label: resident ? `${resident.name} zelf` : "Voor mezelf" },
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
      {parties.length > 0 && !forEvent && (
        <NumberField
          label="Aantal weken (wekelijkse reeks)"
          name="weeks"
          min={1}
          max={MAX_SERIES_WEEKS}
          defaultValue="1"
          optional
          hint={`Alleen voor verenigingen: dezelfde dag en uren, elke week, tot ${MAX_SERIES_WEEKS} keer. Weken die al bezet zijn, melden we je.`}
        />
      )}
      {parties.some((p) => p.recognised) && hall.invoiceAllowed && (
        <Checkbox name="invoiceLater" label="Factuur achteraf (alleen voor een erkende vereniging)" />
      )}
      <p className="text-sm text-slate-700">
        Lees hoe we je gegevens gebruiken in de <a href="/privacy">privacyverklaring</a>.
      </p>
      <SubmitButton pendingText="Even nakijken…">{desk ? "Reserveren" : "Prijs bekijken"}</SubmitButton>
    </Form>
  );
}
