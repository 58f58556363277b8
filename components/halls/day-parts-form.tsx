"use client";
// Staff edit the day parts (name and hours) that halls rent by.
import { ActionForm } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { dayPartsSchema } from "@/lib/halls/day-parts-schema";
import { dayPartsAction } from "@/lib/halls/staff-actions";

type Part = { code: string; label: string; start: string; end: string };

export function DayPartsForm({ parts }: { parts: Part[] }) {
  return (
    <ActionForm
      action={dayPartsAction}
      schema={dayPartsSchema}
      label="Dagdelen wijzigen"
      success={() => "De dagdelen zijn bewaard. Ze gelden voor nieuwe aanvragen."}
    >
      {parts.map((p) => (
        <fieldset
          key={p.code}
          className="grid gap-3 rounded-md border border-slate-200 p-3 sm:grid-cols-[1fr_8rem_8rem]"
        >
          <legend className="px-1 font-semibold">{p.label}</legend>
          <TextField label={`Naam (${p.code})`} name={`label_${p.code}`} defaultValue={p.label} />
          <TextField label={`Van (${p.code})`} name={`start_${p.code}`} type="time" defaultValue={p.start} />
          <TextField label={`Tot (${p.code})`} name={`end_${p.code}`} type="time" defaultValue={p.end} />
        </fieldset>
      ))}
      <SubmitButton>Dagdelen bewaren</SubmitButton>
    </ActionForm>
  );
}
