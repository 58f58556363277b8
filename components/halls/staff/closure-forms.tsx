"use client";
// Staff close a hall for a period with a reason, or lift a closure again (after a confirmation).
import { ConfirmAction, DateField, Form, SubmitButton, TextArea, TextField } from "@/components/ui/form";
import { closureSchema } from "@/lib/halls/schema/closure";
import { closeHallAction, liftClosureAction } from "@/lib/halls/staff-actions";

export function ClosureForm({ hallId }: { hallId: string }) {
  return (
    <Form
      action={closeHallAction}
      schema={closureSchema}
      label="Zaal sluiten"
      success={() => "De zaal is gesloten voor die periode; de kalender toont ze als gesloten."}
    >
      <input type="hidden" name="hallId" value={hallId} />
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 font-semibold">Periode</legend>
        <DateField label="Eerste dag" name="fromDate" />
        <TextField
          label="Vanaf uur"
          name="fromTime"
          type="time"
          optional
          hint="Leeg: vanaf het begin van de dag."
        />
        <DateField label="Laatste dag" name="untilDate" />
        <TextField
          label="Tot uur"
          name="untilTime"
          type="time"
          optional
          hint="Leeg: tot het einde van de dag."
        />
      </fieldset>
      <TextArea
        label="Reden (staat niet op de publieke kalender)"
        name="reason"
        rows={2}
        hint="Bijvoorbeeld: onderhoud vloer, gemeentelijke activiteit."
      />
      <SubmitButton kind="danger" pendingText="Bezig…">
        Zaal sluiten
      </SubmitButton>
    </Form>
  );
}

export function LiftClosure({ closureId, label }: { closureId: string; label: string }) {
  return (
    <ConfirmAction
      action={liftClosureAction}
      fields={{ closureId }}
      trigger={label}
      consequence={<p>De sluiting verdwijnt: de zaal is in die periode weer te huren voor iedereen.</p>}
      confirmLabel="Ja, opheffen"
    />
  );
}
