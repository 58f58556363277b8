"use client";
// One depot moment (hand-out or return): its hours and whether it is offered.
import { Checkbox, Form, SubmitButton, TextField } from "@/components/ui/form";
import { slotSchema } from "@/lib/lending/item-schema";
import { slotAction } from "@/lib/lending/item-actions";

const clock = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

type Slot = { id: string; startMinutes: number; endMinutes: number; active: boolean };

export function SlotForm({ slot, label }: { slot: Slot; label: string }) {
  return (
    <Form action={slotAction} schema={slotSchema} label={label} keepValues success={() => "Bewaard."}>
      <input type="hidden" name="slotId" value={slot.id} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="start" type="time" label="Van" defaultValue={clock(slot.startMinutes)} />
        <TextField name="end" type="time" label="Tot" defaultValue={clock(slot.endMinutes)} />
      </div>
      <Checkbox name="active" label="Aangeboden aan leners" defaultChecked={slot.active} />
      <SubmitButton pendingText="Bezig…">Bewaren</SubmitButton>
    </Form>
  );
}
