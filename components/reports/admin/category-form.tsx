"use client";
// Create or edit a meldpunt category: which kinds it takes, where it is routed, the target in days,
// whether a place is needed, or, outside the municipality's remit, where residents go instead.
import {
  Checkbox,
  CheckboxGroup,
  Form,
  NumberField,
  RadioGroup,
  Select,
  SubmitButton,
  TextArea,
  TextField,
} from "@/components/ui/form";
import { saveCategoryAction } from "@/lib/reports/catalogue-actions";
import { categorySchema } from "@/lib/reports/catalogue-schema";

export type CategoryValues = {
  id?: string;
  name: string;
  description: string;
  kinds: string[];
  inRemit: boolean;
  departmentId: string;
  targetDays: number;
  requiresLocation: boolean;
  referralName: string;
  referralText: string;
  referralUrl: string;
};

type Option = { value: string; label: string };

export function CategoryForm({
  values,
  kinds,
  departments,
}: {
  values: CategoryValues;
  kinds: Option[];
  departments: Option[];
}) {
  return (
    <Form action={saveCategoryAction} schema={categorySchema} label="Categorie bewaren">
      {values.id && <input type="hidden" name="id" value={values.id} />}
      <TextField label="Naam" name="name" defaultValue={values.name} maxLength={80} />
      <TextArea
        label="Uitleg voor inwoners"
        name="description"
        optional
        defaultValue={values.description}
        hint="Eén zin die inwoners helpt de juiste categorie te kiezen."
      />
      <CheckboxGroup legend="Geldt voor" name="kinds" inline options={kinds} defaultValue={values.kinds} />
      <RadioGroup
        legend="Is de gemeente hiervoor bevoegd?"
        name="inRemit"
        options={[
          { value: "ja", label: "Ja, een dienst van de gemeente behandelt dit" },
          { value: "nee", label: "Nee, inwoners moeten elders terecht" },
        ]}
        defaultValue={values.inRemit ? "ja" : "nee"}
      />
      <fieldset className="space-y-4 rounded-md border border-slate-300 p-4">
        <legend className="px-1 font-semibold">Als de gemeente bevoegd is</legend>
        <Select
          label="Dienst"
          name="departmentId"
          placeholder="Kies een dienst"
          options={departments}
          defaultValue={values.departmentId}
        />
        <NumberField
          label="Streeftermijn in dagen"
          name="targetDays"
          min={1}
          max={365}
          defaultValue={String(values.targetDays)}
          hint="Kalenderdagen tot de melding afgehandeld moet zijn; daarna staat ze als te laat gemarkeerd."
        />
        <Checkbox
          name="requiresLocation"
          label="Een plaats (adres of plek op de kaart) is verplicht"
          defaultChecked={values.requiresLocation}
        />
      </fieldset>
      <fieldset className="space-y-4 rounded-md border border-slate-300 p-4">
        <legend className="px-1 font-semibold">Als de gemeente niet bevoegd is: waar dan wel?</legend>
        <TextField
          label="Naam van de bevoegde instantie"
          name="referralName"
          optional
          defaultValue={values.referralName}
        />
        <TextArea
          label="Waar kan de inwoner terecht?"
          name="referralText"
          optional
          defaultValue={values.referralText}
          hint="Dit lezen inwoners voor ze iets invullen."
        />
        <TextField
          label="Link"
          name="referralUrl"
          type="url"
          optional
          defaultValue={values.referralUrl}
          hint="Begint met https://"
        />
      </fieldset>
      <SubmitButton>Categorie bewaren</SubmitButton>
    </Form>
  );
}
