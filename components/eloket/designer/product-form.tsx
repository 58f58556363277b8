"use client";
// A product of the e-loket: what the catalogue shows about it and the team that handles it. New,
// its form starts as one page with one open question; after that its address stays.
import {
  CheckboxGroup,
  Form,
  NumberField,
  Select,
  SubmitButton,
  TextArea,
  TextField,
} from "@/components/ui/form";
import { createProductAction, updateProductAction } from "@/lib/eloket/designer/actions";
import { productDetailsSchema, productSchema } from "@/lib/eloket/designer/schema";
import { Fold } from "./fold";

type Option = { value: string; label: string };

export type ProductValues = {
  id: string;
  name: string;
  teamId: string;
  summary: string;
  costText: string;
  slaDays: number;
  audiences: string[];
};

export function ProductForm({
  teams,
  audiences,
  values,
}: {
  teams: Option[];
  audiences: Option[];
  /** An existing product's details; without them the form makes a new product. */
  values?: ProductValues;
}) {
  const label = values ? "Productgegevens" : "Nieuw product";
  const fields = (
    <>
      <TextField
        label="Naam"
        name="name"
        maxLength={120}
        defaultValue={values?.name}
        hint="Zoals inwoners het zoeken, bv. Attest van woonst."
      />
      {!values && (
        <TextField
          label="Adres op het e-loket"
          name="slug"
          optional
          maxLength={60}
          hint="Leeg laten: we maken het uit de naam (kleine letters en streepjes)."
        />
      )}
      <Select
        label="Team dat de aanvragen behandelt"
        name="teamId"
        placeholder="Kies een team"
        options={teams}
        defaultValue={values?.teamId}
      />
      <TextArea
        label="Korte uitleg voor inwoners"
        name="summary"
        maxLength={400}
        defaultValue={values?.summary}
      />
      <TextField
        label="Kostprijs"
        name="costText"
        maxLength={200}
        defaultValue={values?.costText}
        hint="Bijvoorbeeld: Gratis, of € 10 per kaart."
      />
      <NumberField
        label="Behandeltermijn in dagen"
        name="slaDays"
        min={1}
        max={365}
        defaultValue={String(values?.slaDays ?? 14)}
      />
      <CheckboxGroup
        legend="Wie mag dit aanvragen?"
        name="audiences"
        options={audiences}
        defaultValue={values?.audiences ?? ["RESIDENT"]}
      />
      <SubmitButton>{values ? "Productgegevens bewaren" : "Product aanmaken"}</SubmitButton>
    </>
  );
  return (
    <Form
      action={values ? updateProductAction : createProductAction}
      schema={values ? productDetailsSchema : productSchema}
      label={label}
    >
      {values && <input type="hidden" name="productId" value={values.id} />}
      {values ? <Fold summary="Naam, team, uitleg, kostprijs en termijn wijzigen">{fields}</Fold> : fields}
    </Form>
  );
}
