"use client";
// Create or edit a meldpunt category: which kinds it takes, where it is routed, the target in days,
// whether a place is needed, or, outside the municipality's remit, where residents go instead.
import { ActionForm } from "@/components/ui/action-form";
import { TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { saveCategoryAction } from "@/lib/reports/catalogue-actions";
import { categorySchema } from "@/lib/reports/catalogue-schema";
import { SelectField } from "../staff/select-field";
import { ChoiceGroup } from "./choice-group";

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
    <ActionForm action={saveCategoryAction} schema={categorySchema} label="Categorie bewaren">
      {values.id && <input type="hidden" name="id" value={values.id} />}
      <TextField label="Naam" name="name" defaultValue={values.name} maxLength={80} />
      <TextAreaField
        label="Uitleg voor inwoners"
        name="description"
        optional
        defaultValue={values.description}
        hint="Eén zin die inwoners helpt de juiste categorie te kiezen."
      />
      <ChoiceGroup legend="Geldt voor" name="kinds" type="checkbox" options={kinds} checked={values.kinds} />
      <ChoiceGroup
        legend="Is de gemeente hiervoor bevoegd?"
        name="inRemit"
        type="radio"
        options={[
          { value: "ja", label: "Ja, een dienst van de gemeente behandelt dit" },
          { value: "nee", label: "Nee, inwoners moeten elders terecht" },
        ]}
        checked={[values.inRemit ? "ja" : "nee"]}
      />
      <fieldset className="space-y-4 rounded-md border border-slate-300 p-4">
        <legend className="px-1 font-semibold">Als de gemeente bevoegd is</legend>
        <SelectField
          label="Dienst"
          name="departmentId"
          options={[{ value: "", label: "Kies een dienst" }, ...departments]}
          defaultValue={values.departmentId}
        />
        <TextField
          label="Streeftermijn in dagen"
          name="targetDays"
          inputMode="numeric"
          defaultValue={String(values.targetDays)}
          hint="Kalenderdagen tot de melding afgehandeld moet zijn; daarna staat ze als te laat gemarkeerd."
        />
        <label className="flex items-center gap-2">
          <input
            type="checkbox"
            name="requiresLocation"
            defaultChecked={values.requiresLocation}
            className="h-5 w-5"
          />
          Een plaats (adres of speld op de kaart) is verplicht
        </label>
      </fieldset>
      <fieldset className="space-y-4 rounded-md border border-slate-300 p-4">
        <legend className="px-1 font-semibold">Als de gemeente niet bevoegd is: waar dan wel?</legend>
        <TextField
          label="Naam van de bevoegde instantie"
          name="referralName"
          optional
          defaultValue={values.referralName}
        />
        <TextAreaField
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
    </ActionForm>
  );
}
