"use client";
// Adds a weekly staffed window to one desk.
import { ActionForm } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { addAvailabilityAction } from "@/lib/appointments/admin-actions";
import { availabilitySchema } from "@/lib/appointments/admin-schema";
import { WEEKDAYS } from "./weekdays";

export function AvailabilityForm({ deskId, deskName }: { deskId: string; deskName: string }) {
  const selectId = `weekday-${deskId}`;
  return (
    <ActionForm
      action={addAvailabilityAction}
      schema={availabilitySchema}
      label={`Blok toevoegen voor ${deskName}`}
      className="grid gap-3 sm:grid-cols-4 sm:items-end"
    >
      <input type="hidden" name="deskId" value={deskId} />
      <div>
        <label htmlFor={selectId} className="block font-semibold">
          Dag
        </label>
        <select
          id={selectId}
          name="weekday"
          className="mt-1 block w-full rounded-md border border-slate-500 bg-white px-3 py-2"
        >
          {WEEKDAYS.map((d, i) => (
            <option key={d} value={i + 1}>
              {d}
            </option>
          ))}
        </select>
      </div>
      <TextField label="Van" name="from" type="time" defaultValue="08:30" />
      <TextField label="Tot" name="to" type="time" defaultValue="12:00" />
      <SubmitButton>Toevoegen</SubmitButton>
    </ActionForm>
  );
}
