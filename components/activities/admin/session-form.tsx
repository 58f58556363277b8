"use client";
// Staff's form for one session of an activity: add one, or change it. Age and school-year limits
// are both optional; a child must fit every limit that is filled in.
import {
  ConfirmAction,
  DateField,
  Form,
  NumberField,
  Select,
  SubmitButton,
  TextField,
} from "@/components/ui/form";
import { removeSessionAction, saveSessionAction } from "@/lib/activities/admin-actions";
import { sessionSchema } from "@/lib/activities/admin-schema";
import { SCHOOL_YEARS } from "@/lib/activities/labels";
import type { FormValues } from "@/lib/forms/form-data";

const YEARS = SCHOOL_YEARS.map((y) => ({ value: String(y.value), label: y.label }));

type Props = { activityId: string; sessionId?: string; values?: FormValues; taken?: number };

export function SessionForm({ activityId, sessionId, values, taken }: Props) {
  return (
    <Form
      action={saveSessionAction}
      schema={sessionSchema}
      defaultValues={values ?? { days: "5" }}
      label={sessionId ? "Periode wijzigen" : "Nieuwe periode"}
    >
      <input type="hidden" name="activityId" value={activityId} />
      {sessionId && <input type="hidden" name="sessionId" value={sessionId} />}
      <TextField name="label" label="Naam" hint="Bijvoorbeeld Week 1 of Paasvakantie." />
      <div className="grid gap-4 sm:grid-cols-3">
        <DateField name="start" label="Eerste dag" />
        <DateField name="end" label="Laatste dag" />
        <NumberField name="days" label="Activiteitsdagen" min={1} hint="Zonder weekend of feestdag." />
      </div>
      <TextField name="place" label="Plaats" />
      <fieldset className="min-w-0 space-y-3">
        <legend className="font-semibold">Wie mag mee (laat leeg wat niet geldt)</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <NumberField name="minAge" label="Minimumleeftijd" min={0} max={25} optional />
          <NumberField name="maxAge" label="Maximumleeftijd" min={0} max={25} optional />
          <Select name="minSchoolYear" label="Vanaf schooljaar" options={YEARS} placeholder="Geen" optional />
          <Select
            name="maxSchoolYear"
            label="Tot en met schooljaar"
            options={YEARS}
            placeholder="Geen"
            optional
          />
        </div>
      </fieldset>
      <NumberField
        name="capacity"
        label="Aantal plaatsen"
        min={1}
        hint={taken !== undefined ? `Nu ingenomen: ${taken}. Minder plaatsen dan dat kan niet.` : undefined}
      />
      <SubmitButton>{sessionId ? "Periode bewaren" : "Periode toevoegen"}</SubmitButton>
    </Form>
  );
}

export function RemoveSession({
  activityId,
  sessionId,
  label,
}: {
  activityId: string;
  sessionId: string;
  label: string;
}) {
  return (
    <ConfirmAction
      action={removeSessionAction}
      fields={{ activityId, sessionId }}
      trigger="Periode verwijderen"
      consequence={`${label} verdwijnt uit het aanbod. Dat kan alleen zolang niemand zich ervoor inschreef.`}
      confirmLabel="Ja, periode verwijderen"
    />
  );
}
