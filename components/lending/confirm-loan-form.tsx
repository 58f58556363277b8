"use client";
// Step two: the reviewed basket, posted again as hidden fields with the conditions accepted; the
// server re-checks everything and holds the stock in one take.
import { Checkbox, Form, SubmitButton } from "@/components/ui/form";
import { confirmLoan } from "@/lib/lending/actions";
import { confirmLoanSchema } from "@/lib/lending/schema";

export function ConfirmLoanForm({ fields }: { fields: Record<string, string> }) {
  return (
    <Form action={confirmLoan} schema={confirmLoanSchema} label="Uitlening bevestigen">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Checkbox name="acceptConditions" label="Ik aanvaard de voorwaarden van de uitleendienst hierboven." />
      <SubmitButton pendingText="Bezig met reserveren…">Reserveren en betalen</SubmitButton>
    </Form>
  );
}
