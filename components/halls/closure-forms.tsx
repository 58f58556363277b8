"use client";
// Staff close a hall for a period with a reason, or lift a closure again.
import { ActionForm } from "@/components/ui/action-form";
import { TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { closureSchema } from "@/lib/halls/closure-schema";
import { closeHallAction, liftClosureAction } from "@/lib/halls/staff-actions";

export function ClosureForm({ hallId }: { hallId: string }) {
  return (
    <ActionForm
      action={closeHallAction}
      schema={closureSchema}
      label="Zaal sluiten"
      success={() => "De zaal is gesloten voor die periode; de kalender toont ze als gesloten."}
    >
      <input type="hidden" name="hallId" value={hallId} />
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 font-semibold">Periode</legend>
        <TextField label="Eerste dag" name="fromDate" type="date" />
        <TextField
          label="Vanaf uur"
          name="fromTime"
          type="time"
          optional
          hint="Leeg: vanaf het begin van de dag."
        />
        <TextField label="Laatste dag" name="untilDate" type="date" />
        <TextField
          label="Tot uur"
          name="untilTime"
          type="time"
          optional
          hint="Leeg: tot het einde van de dag."
        />
      </fieldset>
      <TextAreaField
        label="Reden (staat niet op de publieke kalender)"
        name="reason"
        rows={2}
        hint="Bijvoorbeeld: onderhoud vloer, gemeentelijke activiteit."
      />
      <SubmitButton kind="danger" pendingText="Bezig…">
        Zaal sluiten
      </SubmitButton>
    </ActionForm>
  );
}

export function LiftClosureForm({ closureId, label }: { closureId: string; label: string }) {
  return (
    <ActionForm action={liftClosureAction} label={label}>
      <input type="hidden" name="closureId" value={closureId} />
      <SubmitButton pendingText="Bezig…">{label}</SubmitButton>
    </ActionForm>
  );
}
