"use client";
// Adds a weekly staffed window to one desk.
import { Form, Select, SubmitButton, TextField } from "@/components/ui/form";
import { addAvailabilityAction } from "@/lib/appointments/admin-actions";
import { availabilitySchema } from "@/lib/appointments/admin-schema";
import { WEEKDAYS } from "@/lib/sites/labels";

export function AvailabilityForm({ deskId, deskName }: { deskId: string; deskName: string }) {
  return (
    <Form
      action={addAvailabilityAction}
      schema={availabilitySchema}
      label={`Blok toevoegen voor ${deskName}`}
      className="grid gap-3 sm:grid-cols-4 sm:items-end"
    >
      <input type="hidden" name="deskId" value={deskId} />
      <Select
        name="weekday"
        label="Dag"
        options={WEEKDAYS.map((d, i) => ({ value: String(i + 1), label: d }))}
      />
      <TextField label="Van" name="from" type="time" defaultValue="08:30" />
      <TextField label="Tot" name="to" type="time" defaultValue="12:00" />
      <SubmitButton>Toevoegen</SubmitButton>
    </Form>
  );
}
