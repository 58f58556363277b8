"use client";
// Staff's form for an activity and its two tariffs, to create one and to change it later. The
// slug may stay empty for a new activity: it is made from the title.
import {
  Checkbox,
  Form,
  MoneyField,
  NumberField,
  Select,
  SubmitButton,
  TextArea,
  TextField,
} from "@/components/ui/form";
import { saveActivityAction } from "@/lib/activities/admin-actions";
import { ACTIVITY_KINDS, activitySchema } from "@/lib/activities/admin-schema";
import { KIND_LABELS } from "@/lib/activities/labels";
import type { FormValues } from "@/lib/forms/form-data";

const KINDS = ACTIVITY_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }));

const NEW_ACTIVITY: FormValues = { cancelDays: "7", cancelFee: "0,00", siblingDiscountPercent: "0" };

type Props = {
  activityId?: string;
  values?: FormValues;
  openings: { value: string; label: string }[];
};

export function ActivityForm({ activityId, values, openings }: Props) {
  return (
    <Form
      action={saveActivityAction}
      schema={activitySchema}
      defaultValues={values ?? NEW_ACTIVITY}
      label={activityId ? "Activiteit wijzigen" : "Nieuwe activiteit"}
      keepValues
      success={() => "De activiteit en haar tarieven zijn bewaard."}
    >
      {activityId && <input type="hidden" name="activityId" value={activityId} />}
      <TextField name="title" label="Titel" />
      <TextField
        name="slug"
        label="Webadres"
        hint="Kleine letters, cijfers en koppeltekens. Leeg bij een nieuwe activiteit: gemaakt uit de titel."
        optional={!activityId}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <Select name="kind" label="Soort" options={KINDS} placeholder="Kies het soort" />
        <TextField name="village" label="Deelgemeente" hint="Bijvoorbeeld Wingene of Zwevezele." />
      </div>
      <TextField name="summary" label="Korte samenvatting" />
      <TextArea name="description" label="Beschrijving" />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="organiser" label="Organisator" />
        <TextField name="whatToBring" label="Mee te brengen" optional />
      </div>
      <Select
        name="openingId"
        label="Inschrijvingsmoment"
        options={openings}
        placeholder="Kies een inschrijvingsmoment"
      />
      <div className="grid gap-4 sm:grid-cols-3">
        <NumberField name="cancelDays" label="Annuleren tot (dagen voor de start)" min={0} max={60} />
        <MoneyField name="cancelFee" label="Annulatiekost" />
        <NumberField name="siblingDiscountPercent" label="Korting broer of zus (%)" min={0} max={100} />
      </div>
      <fieldset className="min-w-0 space-y-3">
        <legend className="font-semibold">Tarieven</legend>
        <p className="text-sm text-slate-700">
          De weekprijs geldt voor een periode van vijf dagen of meer; laat leeg om per dag te rekenen. Een
          nieuwe prijs geldt voor nieuwe inschrijvingen.
        </p>
        <div className="grid gap-4 sm:grid-cols-2">
          <MoneyField name="residentDay" label="Inwoner, dagprijs" />
          <MoneyField name="residentWeek" label="Inwoner, weekprijs" optional />
          <MoneyField name="nonResidentDay" label="Niet-inwoner, dagprijs" />
          <MoneyField name="nonResidentWeek" label="Niet-inwoner, weekprijs" optional />
        </div>
      </fieldset>
      <Checkbox name="published" label="Gepubliceerd in het aanbod" />
      <SubmitButton>{activityId ? "Wijzigingen bewaren" : "Activiteit aanmaken"}</SubmitButton>
    </Form>
  );
}
