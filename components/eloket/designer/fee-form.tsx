"use client";
// The form's fee: free, a fixed amount, per unit of a number field or per day between two date
// fields, with an optional exemption a staff member confirms. One form, works without JavaScript.
import { Form, MoneyField, Select, SubmitButton, TextField } from "@/components/ui/form";
import { setFeeAction } from "@/lib/eloket/designer/actions";
import type { ConditionChoice } from "@/lib/eloket/designer/condition";
import type { FeeSetting } from "@/lib/eloket/designer/fees";
import { feeFormSchema } from "@/lib/eloket/designer/schema";
import { ReplaceBox } from "./field-rules";

type Choice = { value: string; label: string };

export function FeeForm({
  productId,
  current,
  numbers,
  dates,
  conditions,
}: {
  productId: string;
  /** null when the form has fee rules this form cannot show. */
  current: FeeSetting | null;
  numbers: Choice[];
  dates: Choice[];
  conditions: ConditionChoice[];
}) {
  const fieldOptions = (list: Choice[]) => [{ value: "", label: "Geen veld" }, ...list];
  return (
    <Form action={setFeeAction} schema={feeFormSchema} label="Kostprijs van het formulier">
      <input type="hidden" name="productId" value={productId} />
      <Select
        label="Berekening van de kostprijs"
        name="kind"
        defaultValue={current?.kind ?? "none"}
        options={[
          { value: "none", label: "Gratis" },
          { value: "fixed", label: "Vast bedrag" },
          { value: "perUnit", label: "Bedrag per eenheid van een getalveld" },
          { value: "perDay", label: "Bedrag per dag tussen twee datumvelden" },
        ]}
      />
      <MoneyField
        label="Bedrag"
        name="amount"
        optional
        hint="Het vaste bedrag, of het bedrag per eenheid of per dag."
        defaultCents={current?.cents}
      />
      <Select
        label="Getalveld (bij per eenheid)"
        name="unitField"
        optional
        defaultValue={current?.unitField ?? ""}
        options={fieldOptions(numbers)}
      />
      <Select
        label="Eerste dag (bij per dag)"
        name="fromField"
        optional
        defaultValue={current?.fromField ?? ""}
        options={fieldOptions(dates)}
      />
      <Select
        label="Laatste dag (bij per dag)"
        name="toField"
        optional
        defaultValue={current?.toField ?? ""}
        options={fieldOptions(dates)}
      />
      <Select
        label="Vrijstelling wanneer"
        name="exemptWhen"
        optional
        defaultValue={current?.exemptWhen ?? ""}
        hint="Een medewerker bevestigt de vrijstelling; pas dan vervalt de kostprijs."
        options={[{ value: "", label: "Geen vrijstelling" }, ...conditions]}
      />
      <TextField
        label="Reden van de vrijstelling"
        name="exemptReason"
        optional
        maxLength={200}
        defaultValue={current?.exemptReason ?? ""}
      />
      {current === null && <ReplaceBox what="de huidige kostregels" />}
      <SubmitButton kind="secondary">Kostprijs bewaren</SubmitButton>
    </Form>
  );
}
