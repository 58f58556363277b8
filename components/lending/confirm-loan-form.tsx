"use client";
// Step two: the reviewed basket, posted again as hidden fields with the conditions accepted and,
// for a recognised association, how it pays (online or by transfer on the order page, or by
// invoice); the server re-checks everything and holds the stock in one take.
import { Checkbox, Form, RadioGroup, SubmitButton } from "@/components/ui/form";
import { confirmLoan } from "@/lib/lending/actions";
import { confirmLoanSchema } from "@/lib/lending/schema";

export function ConfirmLoanForm({
  fields,
  invoiceAllowed,
}: {
  fields: Record<string, string>;
  /** Borrowing for a recognised association: it may pay by invoice. */
  invoiceAllowed: boolean;
}) {
  return (
    <Form action={confirmLoan} schema={confirmLoanSchema} label="Uitlening bevestigen">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {invoiceAllowed ? (
        <RadioGroup
          name="payment"
          legend="Hoe betaal je?"
          defaultValue="ONLINE"
          options={[
            { value: "ONLINE", label: "Online of met een overschrijving" },
            {
              value: "INVOICE",
              label: "Factuur (erkende vereniging)",
              hint: "Je vereniging krijgt een factuur met een betaaltermijn; de uitlening is meteen bevestigd.",
            },
          ]}
        />
      ) : (
        <input type="hidden" name="payment" value="ONLINE" />
      )}
      <Checkbox name="acceptConditions" label="Ik aanvaard de voorwaarden van de uitleendienst hierboven." />
      <SubmitButton pendingText="Bezig met reserveren…">Reserveren en betalen</SubmitButton>
    </Form>
  );
}
