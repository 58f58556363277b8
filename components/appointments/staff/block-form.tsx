"use client";
// Closing a desk for a while (team meeting, illness): no slots are offered inside it.
import { ActionForm } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { blockAction } from "@/lib/appointments/staff-actions";
import { blockSchema } from "@/lib/appointments/staff-schema";

export function BlockForm({ desks, date }: { desks: { id: string; name: string }[]; date: string }) {
  return (
    <ActionForm
      action={blockAction}
      schema={blockSchema}
      label="Balie sluiten"
      success={() => "De balie is gesloten voor deze periode."}
    >
      <div>
        <label htmlFor="block-desk" className="block font-semibold">
          Balie
        </label>
        <select
          id="block-desk"
          name="deskId"
          className="mt-1 block w-full rounded-md border border-slate-500 bg-white px-3 py-2"
        >
          {desks.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <TextField label="Datum" name="date" type="date" defaultValue={date} />
      <div className="grid grid-cols-2 gap-3">
        <TextField label="Van" name="from" type="time" defaultValue="12:00" />
        <TextField label="Tot" name="to" type="time" defaultValue="13:00" />
      </div>
      <TextField label="Reden" name="reason" defaultValue="" />
      <SubmitButton>Balie sluiten</SubmitButton>
    </ActionForm>
  );
}
