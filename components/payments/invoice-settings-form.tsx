"use client";
// The invoice terms: days until an invoice is due, and when its two reminders go out.
import { Form, NumberField, SubmitButton } from "@/components/ui/form";
import { invoiceSettingsAction } from "@/lib/payments/invoice-actions";
import { invoiceSettingsSchema, type InvoiceSettingsInput } from "@/lib/payments/schema";

export function InvoiceSettingsForm({ settings }: { settings: InvoiceSettingsInput }) {
  return (
    <Form
      action={invoiceSettingsAction}
      schema={invoiceSettingsSchema}
      label="Termijnen van facturen"
      keepValues
      success={() => "Opgeslagen. Nieuwe facturen en de volgende herinneringen volgen deze termijnen."}
    >
      <NumberField
        label="Betaaltermijn (dagen na de factuurdatum)"
        name="dueDays"
        min={7}
        max={90}
        defaultValue={settings.dueDays}
        hint="Geldt voor facturen die vanaf nu gemaakt worden; bestaande facturen houden hun vervaldag."
      />
      <NumberField
        label="Eerste herinnering (dagen na de vervaldag)"
        name="firstReminderDays"
        min={1}
        max={60}
        defaultValue={settings.firstReminderDays}
      />
      <NumberField
        label="Tweede en laatste herinnering (dagen na de eerste)"
        name="secondReminderDays"
        min={1}
        max={90}
        defaultValue={settings.secondReminderDays}
      />
      <SubmitButton pendingText="Bezig met opslaan…">Opslaan</SubmitButton>
    </Form>
  );
}
