"use client";
// How many months after closing a report the reporter's personal data and photos are removed.
import { ActionForm } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { saveRetentionAction } from "@/lib/reports/catalogue-actions";
import { retentionSchema } from "@/lib/reports/catalogue-schema";

export function RetentionForm({ months }: { months: number }) {
  return (
    <ActionForm
      action={saveRetentionAction}
      schema={retentionSchema}
      label="Bewaartermijn"
      success={() => "De bewaartermijn is bewaard."}
    >
      <TextField
        label="Bewaartermijn in maanden"
        name="retentionMonths"
        inputMode="numeric"
        defaultValue={String(months)}
        hint="Zoveel maanden na het afsluiten van een melding wissen we naam, e-mailadres, telefoonnummer, volgers en foto's. De feiten blijven voor de statistieken."
      />
      <SubmitButton>Bewaartermijn bewaren</SubmitButton>
    </ActionForm>
  );
}
