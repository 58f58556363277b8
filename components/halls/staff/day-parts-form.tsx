"use client";
// Staff edit the day parts (name and hours) that halls rent by; fields are `parts.<code>.…`.
import { Form, SubmitButton, TextField } from "@/components/ui/form";
import { dayPartsSchema } from "@/lib/halls/schema/day-parts";
import { dayPartsAction } from "@/lib/halls/staff-actions";

type Part = { code: string; label: string; start: string; end: string };

export function DayPartsForm({ parts }: { parts: Part[] }) {
  return (
    <Form
      action={dayPartsAction}
      schema={dayPartsSchema}
      label="Dagdelen wijzigen"
      keepValues
      success={() => "De dagdelen zijn bewaard. Ze gelden voor nieuwe aanvragen."}
    >
      {parts.map((p) => (
        <fieldset
          key={p.code}
          className="grid gap-3 rounded-md border border-slate-300 p-3 sm:grid-cols-[1fr_8rem_8rem]"
        >
          <legend className="px-1 font-semibold">{p.label}</legend>
          <TextField label={`Naam (${p.code})`} name={`parts.${p.code}.label`} defaultValue={p.label} />
          <TextField
            label={`Van (${p.code})`}
            name={`parts.${p.code}.start`}
            type="time"
            defaultValue={p.start}
          />
          <TextField
            label={`Tot (${p.code})`}
            name={`parts.${p.code}.end`}
            type="time"
            defaultValue={p.end}
          />
        </fieldset>
      ))}
      <SubmitButton>Dagdelen bewaren</SubmitButton>
    </Form>
  );
}
