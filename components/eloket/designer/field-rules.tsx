"use client";
// What a field is filled with beforehand ("Vooraf invullen met …") and when it shows ("toon
// wanneer ALLE / EEN VAN de volgende voorwaarden"), each its own form posting to its own action.
import { Checkbox, Form, Select, SubmitButton } from "@/components/ui/form";
import { setConditionAction, setPrefillAction } from "@/lib/eloket/designer/actions";
import type { ConditionChoice, ConditionSetting } from "@/lib/eloket/designer/condition";
import { conditionFormSchema, prefillFormSchema } from "@/lib/eloket/designer/schema";
import { Hidden } from "./field-forms";

/** Asked only when what is stored is more than the form can show: saving never loses it unasked. */
export function ReplaceBox({ what }: { what: string }) {
  return (
    <Checkbox
      name="replace"
      label={`Vervang ${what} door wat hierboven gekozen is`}
      hint="De ontwerper kan dit niet tonen zoals het nu is; zonder dit vinkje blijft het ongewijzigd."
    />
  );
}

type FieldRef = { productId: string; fieldKey: string; fieldLabel: string };

export function PrefillForm({
  productId,
  fieldKey,
  fieldLabel,
  choices,
  current,
}: FieldRef & { choices: { value: string; label: string }[]; current: string }) {
  return (
    <Form action={setPrefillAction} schema={prefillFormSchema} label={`Vooraf invullen van ${fieldLabel}`}>
      <Hidden productId={productId} field={fieldKey} />
      <Select
        label="Vooraf invullen met"
        name="prefill"
        defaultValue={current}
        hint="Wat de gemeente over de aangemelde inwoner weet. De inwoner ziet het en kan het wijzigen."
        options={[{ value: "", label: "Niets" }, ...choices]}
      />
      <SubmitButton kind="secondary">Vooraf invullen bewaren</SubmitButton>
    </Form>
  );
}

export function ConditionForm({
  productId,
  fieldKey,
  fieldLabel,
  choices,
  current,
  described,
}: FieldRef & {
  choices: ConditionChoice[];
  /** null when the field has a condition this form cannot show. */
  current: ConditionSetting | null;
  /** The current condition in words, null when the field always shows. */
  described: string | null;
}) {
  const options = [{ value: "", label: "Geen voorwaarde" }, ...choices];
  return (
    <Form action={setConditionAction} schema={conditionFormSchema} label={`Voorwaarde van ${fieldLabel}`}>
      <Hidden productId={productId} field={fieldKey} />
      <p className="break-words">{described ? `Nu: enkel als ${described}.` : "Nu: altijd getoond."}</p>
      <Select
        label="Toon dit veld wanneer"
        name="match"
        defaultValue={current?.match ?? "all"}
        hint="Kies geen enkele voorwaarde om het veld altijd te tonen. Alleen eerdere ja/nee- en keuzevelden kunnen een voorwaarde zijn."
        options={[
          { value: "all", label: "alle volgende voorwaarden gelden" },
          { value: "any", label: "één van de volgende voorwaarden geldt" },
        ]}
      />
      {[0, 1, 2].map((n) => (
        <Select
          key={n}
          label={`Voorwaarde ${n + 1}`}
          name={`condition${n + 1}`}
          optional
          defaultValue={current?.choices[n] ?? ""}
          options={options}
        />
      ))}
      {current === null && <ReplaceBox what="de huidige voorwaarde" />}
      <SubmitButton kind="secondary">Voorwaarde bewaren</SubmitButton>
    </Form>
  );
}
