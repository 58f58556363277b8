"use client";
// A field's own settings: label, help text, required and the settings of its type. Its prefill and
// its condition have their own forms (./field-rules).
import { Checkbox, Form, NumberField, Select, SubmitButton, TextArea, TextField } from "@/components/ui/form";
import { editFieldAction } from "@/lib/eloket/designer/actions";
import { editFieldSchema } from "@/lib/eloket/designer/schema";
import type { FieldDefinition } from "@/lib/form-engine";

export function Hidden({ productId, field }: { productId: string; field: string }) {
  return (
    <>
      <input type="hidden" name="productId" value={productId} />
      <input type="hidden" name="field" value={field} />
    </>
  );
}

function TypeSettings({ field }: { field: FieldDefinition }) {
  switch (field.type) {
    case "text":
    case "textarea":
      return (
        <NumberField
          label="Maximaal aantal tekens"
          name="maxLength"
          min={1}
          max={field.type === "text" ? 1000 : 5000}
          defaultValue={String(field.maxLength)}
        />
      );
    case "number":
      return (
        <>
          <NumberField label="Kleinste toegelaten getal" name="min" defaultValue={String(field.min)} />
          <NumberField label="Grootste toegelaten getal" name="max" defaultValue={String(field.max)} />
        </>
      );
    case "choice":
      return (
        <>
          <TextArea
            label="Keuzes"
            name="options"
            hint="Eén keuze per regel."
            defaultValue={field.options.map((o) => o.label).join("\n")}
          />
          <Select
            label="Tonen als"
            name="display"
            defaultValue={field.display}
            options={[
              { value: "radio", label: "Keuzerondjes (één keuze)" },
              { value: "select", label: "Keuzelijst (één keuze)" },
              { value: "checkboxes", label: "Vinkjes (meer keuzes)" },
            ]}
          />
        </>
      );
    case "group":
      return (
        <>
          <TextField
            label="Naam van één herhaling"
            name="itemLabel"
            hint="Zoals Voertuig: de inwoner ziet Voertuig 1, Voertuig 2 en de knop Voertuig toevoegen."
            defaultValue={field.itemLabel}
            maxLength={60}
          />
          <NumberField
            label="Hoogstens zoveel herhalingen"
            name="maxItems"
            min={1}
            max={20}
            hint="Verplicht in te vullen vraagt minstens één herhaling."
            defaultValue={String(field.maxItems)}
          />
        </>
      );
    case "signature":
      return (
        <TextArea
          label="Verklaring die de inwoner ondertekent"
          name="statement"
          defaultValue={field.statement}
        />
      );
    default:
      return null;
  }
}

export function EditFieldForm({ productId, field }: { productId: string; field: FieldDefinition }) {
  const info = field.type === "info";
  return (
    <Form action={editFieldAction} schema={editFieldSchema} label={`Veld ${field.label} wijzigen`}>
      <Hidden productId={productId} field={field.key} />
      <TextField label={info ? "Titel" : "Vraag"} name="label" defaultValue={field.label} maxLength={200} />
      {info ? (
        <TextArea label="Uitleg" name="text" defaultValue={field.text} maxLength={2000} />
      ) : (
        <>
          <TextArea label="Hulptekst" name="help" optional defaultValue={field.help ?? ""} maxLength={600} />
          <Checkbox name="required" label="Verplicht in te vullen" defaultChecked={field.required} />
          <TypeSettings field={field} />
        </>
      )}
      <SubmitButton>Veld bewaren</SubmitButton>
    </Form>
  );
}
