"use client";
// Staff's form for an opening moment: when registrations open and close (Brussels date and hour),
// the waiting room's minutes before the opening and how many parents are let in at once.
import { DateField, Form, NumberField, SubmitButton, TextField } from "@/components/ui/form";
import { saveOpeningAction } from "@/lib/activities/admin-actions";
import { openingMomentSchema } from "@/lib/activities/admin-schema";
import type { FormValues } from "@/lib/forms/form-data";

const NEW_OPENING: FormValues = {
  opensAt: "09:00",
  closesAt: "23:59",
  waitingRoomMinutes: "30",
  admitBatch: "100",
};

export function OpeningForm({
  openingId,
  values,
  started,
}: {
  openingId?: string;
  values?: FormValues;
  started?: boolean;
}) {
  return (
    <Form
      action={saveOpeningAction}
      schema={openingMomentSchema}
      defaultValues={values ?? NEW_OPENING}
      label={openingId ? "Inschrijvingsmoment wijzigen" : "Nieuw inschrijvingsmoment"}
    >
      {openingId && <input type="hidden" name="openingId" value={openingId} />}
      <TextField name="label" label="Naam" hint="Bijvoorbeeld Zomer 2027." />
      {started && (
        <p className="text-sm text-slate-700">Dit moment is al begonnen: het openingsuur ligt vast.</p>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <DateField name="opensOn" label="Opent op (datum)" />
        <TextField name="opensAt" label="Opent om (uur)" type="time" />
        <DateField name="closesOn" label="Sluit op (datum)" />
        <TextField name="closesAt" label="Sluit om (uur)" type="time" />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <NumberField
          name="waitingRoomMinutes"
          label="Wachtzaal (minuten voor de opening)"
          min={0}
          max={120}
          hint="Wie in deze minuten aankomt, krijgt een willekeurige plaats."
        />
        <NumberField
          name="admitBatch"
          label="Ouders tegelijk binnen"
          min={1}
          max={1000}
          hint="Zoveel ouders mogen tegelijk hun mandje versturen."
        />
      </div>
      <SubmitButton>{openingId ? "Wijzigingen bewaren" : "Inschrijvingsmoment aanmaken"}</SubmitButton>
    </Form>
  );
}
