"use client";
// How many months after closing a report the reporter's personal data and photos are removed.
import { Form, NumberField, SubmitButton } from "@/components/ui/form";
import { saveRetentionAction } from "@/lib/reports/catalogue-actions";
import { retentionSchema } from "@/lib/reports/catalogue-schema";

export function RetentionForm({ months }: { months: number }) {
  return (
    <Form
      action={saveRetentionAction}
      schema={retentionSchema}
      label="Bewaartermijn"
      keepValues
      success={() => "De bewaartermijn is bewaard."}
    >
      <NumberField
        label="Bewaartermijn in maanden"
        name="retentionMonths"
        min={1}
        max={120}
        defaultValue={String(months)}
        hint="Zoveel maanden na het afsluiten van een melding wissen we naam, e-mailadres, telefoonnummer, volgers en foto's. De feiten blijven voor de statistieken."
      />
      <SubmitButton>Bewaartermijn bewaren</SubmitButton>
    </Form>
  );
}
