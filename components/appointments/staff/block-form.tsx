"use client";
// Closing a desk for a while (team meeting, illness): no slots are offered inside it.
import { DateField, Form, Select, SubmitButton, TextField } from "@/components/ui/form";
import { blockAction } from "@/lib/appointments/staff-actions";
import { blockSchema } from "@/lib/appointments/staff-schema";

export function BlockForm({ desks, date }: { desks: { id: string; name: string }[]; date: string }) {
  return (
    <Form
      action={blockAction}
      schema={blockSchema}
      label="Balie sluiten"
      success={() => "De balie is gesloten voor deze periode."}
    >
      <Select name="deskId" label="Balie" options={desks.map((d) => ({ value: d.id, label: d.name }))} />
      <DateField label="Datum" name="date" defaultValue={date} />
      <div className="grid grid-cols-2 gap-3">
        <TextField label="Van" name="from" type="time" defaultValue="12:00" />
        <TextField label="Tot" name="to" type="time" defaultValue="13:00" />
      </div>
      <TextField label="Reden" name="reason" hint="Bijvoorbeeld 'Teamoverleg'." />
      <SubmitButton>Balie sluiten</SubmitButton>
    </Form>
  );
}
