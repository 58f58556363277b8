"use client";
// Staff's lottery controls for one activity: how places are given (first come or a lottery with
// its window), a test run with a chosen seed (a GET form: nothing is written, the address can be
// shared), and the real draw, once, behind a confirmation that says what it does.
import {
  ConfirmAction,
  DateField,
  Form,
  QueryForm,
  RadioGroup,
  SubmitButton,
  TextField,
} from "@/components/ui/form";
import { drawLotteryAction, setAllocationModeAction } from "@/lib/activities/staff-actions";
import { allocationModeSchema, trialSeedSchema } from "@/lib/activities/schema";
import type { FormValues } from "@/lib/forms/form-data";

export function AllocationModeForm({ activityId, values }: { activityId: string; values: FormValues }) {
  return (
    <Form
      action={setAllocationModeAction}
      schema={allocationModeSchema}
      label="Manier van inschrijven"
      defaultValues={values}
      keepValues
      success={(d) =>
        d.mode === "LOTTERY"
          ? "Opgeslagen: deze activiteit werkt met een loting."
          : "Opgeslagen: wie eerst komt, wordt eerst ingeschreven."
      }
    >
      <input type="hidden" name="activityId" value={activityId} />
      <RadioGroup
        name="mode"
        legend="Hoe worden de plaatsen verdeeld?"
        options={[
          {
            value: "FIRST_COME",
            label: "Wie eerst komt",
            hint: "Op het inschrijvingsmoment, met de wachtzaal.",
          },
          {
            value: "LOTTERY",
            label: "Loting",
            hint: "Ouders geven voorkeuren op tijdens de termijn hieronder; daarna loot u.",
          },
        ]}
      />
      <fieldset className="min-w-0 space-y-3">
        <legend className="font-semibold">
          Termijn voor de voorkeuren: verplicht bij een loting, niet gebruikt bij wie eerst komt
        </legend>
        <div className="grid gap-3 sm:grid-cols-2">
          <DateField name="opensOn" label="Van (datum)" optional />
          <TextField name="opensAt" label="Van (uur)" type="time" optional />
          <DateField name="closesOn" label="Tot (datum)" optional />
          <TextField name="closesAt" label="Tot (uur)" type="time" optional />
        </div>
      </fieldset>
      <SubmitButton>Opslaan</SubmitButton>
    </Form>
  );
}

export function TrialSeedForm({ action, values }: { action: string; values: FormValues }) {
  return (
    <QueryForm
      action={action}
      label="Proefloting"
      schema={trialSeedSchema}
      values={values}
      submit="Proefloting uitvoeren"
    >
      <TextField
        name="proef"
        label="Seed"
        hint="Dezelfde seed geeft dezelfde verdeling. Na de loting geeft de gepubliceerde seed de verdeling van de loting."
      />
    </QueryForm>
  );
}

export function DrawLottery({ activityId, entries }: { activityId: string; entries: number }) {
  return (
    <ConfirmAction
      action={drawLotteryAction}
      fields={{ activityId }}
      trigger="Loting uitvoeren"
      consequence={`De loting verdeelt de plaatsen over ${entries === 1 ? "1 deelname" : `${entries} deelnames`} met een nieuwe, willekeurige seed die op de pagina van de activiteit verschijnt. Geplaatste kinderen krijgen een inschrijving om te betalen, de anderen komen op de wachtlijst. Dit kan maar één keer.`}
      confirmLabel="Ja, loting uitvoeren"
    />
  );
}
