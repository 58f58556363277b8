"use client";
// Staff's form for the fiscal maximum per day of childcare of one year (attest 281.86).
import { Form, MoneyField, NumberField, SubmitButton, TextField } from "@/components/ui/form";
import { saveDayCapAction } from "@/lib/activities/admin-actions";
import { dayCapSchema } from "@/lib/activities/admin-schema";

export function DayCapForm({ year }: { year: number }) {
  return (
    <Form
      action={saveDayCapAction}
      schema={dayCapSchema}
      defaultValues={{ year: String(year) }}
      label="Fiscaal maximum per dag bewaren"
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <NumberField name="year" label="Jaar" min={2000} max={2100} />
        <MoneyField name="maxDay" label="Maximum per opvangdag" />
      </div>
      <TextField
        name="source"
        label="Bron"
        hint="Waar het bedrag vandaan komt, bijvoorbeeld: FOD Financiën, FAQ kinderoppas, geïndexeerd bedrag."
      />
      <SubmitButton>Bedrag bewaren</SubmitButton>
    </Form>
  );
}
