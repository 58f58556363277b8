"use client";
// A new e-loket product: what the catalogue shows about it and the team that handles it. Its form
// starts as one page with one open question, edited in the designer and published from there.
import {
  CheckboxGroup,
  Form,
  NumberField,
  Select,
  SubmitButton,
  TextArea,
  TextField,
} from "@/components/ui/form";
import { createProductAction } from "@/lib/eloket/designer/actions";
import { productSchema } from "@/lib/eloket/designer/schema";

type Option = { value: string; label: string };

export function NewProductForm({ teams, audiences }: { teams: Option[]; audiences: Option[] }) {
  return (
    <Form action={createProductAction} schema={productSchema} label="Nieuw product">
      <TextField
        label="Naam"
        name="name"
        maxLength={120}
        hint="Zoals inwoners het zoeken, bv. Attest van woonst."
      />
      <TextField
        label="Adres op het e-loket"
        name="slug"
        optional
        maxLength={60}
        hint="Leeg laten: we maken het uit de naam (kleine letters en streepjes)."
      />
      <Select
        label="Team dat de aanvragen behandelt"
        name="teamId"
        placeholder="Kies een team"
        options={teams}
      />
      <TextArea label="Korte uitleg voor inwoners" name="summary" maxLength={400} />
      <TextField
        label="Kostprijs"
        name="costText"
        maxLength={200}
        hint="Bijvoorbeeld: Gratis, of € 10 per kaart."
      />
      <NumberField label="Behandeltermijn in dagen" name="slaDays" min={1} max={365} defaultValue="14" />
      <CheckboxGroup
        legend="Wie mag dit aanvragen?"
        name="audiences"
        options={audiences}
        defaultValue={["RESIDENT"]}
      />
      <SubmitButton>Product aanmaken</SubmitButton>
    </Form>
  );
}
