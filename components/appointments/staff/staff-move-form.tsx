"use client";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/submit-button";
import { staffMoveAction } from "@/lib/appointments/staff-actions";
import { staffMoveSchema } from "@/lib/appointments/staff-schema";
import { TimeChoice, type TimeOption } from "../time-choice";

export function StaffMoveForm({ id, legend, times }: { id: string; legend: string; times: TimeOption[] }) {
  return (
    <ActionForm action={staffMoveAction} schema={staffMoveSchema} label="Afspraak verplaatsen">
      <input type="hidden" name="id" value={id} />
      <TimeChoice legend={legend} options={times} />
      <SubmitButton pendingText="Afspraak wordt verplaatst…">Verplaatsen</SubmitButton>
    </ActionForm>
  );
}
