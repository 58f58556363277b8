"use client";
// A hall's facts for the catalogue and how it rents. The same form creates a hall (then it also
// asks the deposit and the approval setting) and edits one (those live with the tariffs then).
import {
  Checkbox,
  Form,
  MoneyField,
  RadioGroup,
  Select,
  SubmitButton,
  TextArea,
  TextField,
} from "@/components/ui/form";
import { HALL_VILLAGES, hallFactsSchema } from "@/lib/halls/schema/hall-facts";
import { hallFactsAction } from "@/lib/halls/staff-actions";

export type HallFacts = {
  id: string;
  name: string;
  kind: string;
  village: string;
  street: string;
  postcode: string;
  city: string;
  capacity: number;
  description: string;
  facilities: string[];
  rules: string;
  rentalUnit: "DAY_PART" | "HOURLY";
  opensAt: string;
  closesAt: string;
};

export function HallFactsForm({ hall }: { hall: HallFacts | null }) {
  return (
    <Form
      action={hallFactsAction}
      schema={hallFactsSchema}
      label={hall ? "Gegevens van de zaal" : "Nieuwe zaal"}
      keepValues
      success={() => "Opgeslagen. De catalogus toont de nieuwe gegevens."}
    >
      <input type="hidden" name="hallId" value={hall?.id ?? ""} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="Naam" name="name" defaultValue={hall?.name} />
        <TextField label="Soort zaal" name="kind" defaultValue={hall?.kind} hint="Bijvoorbeeld Feestzaal." />
        <Select
          label="Deelgemeente"
          name="village"
          defaultValue={hall?.village ?? "Wingene"}
          options={HALL_VILLAGES.map((v) => ({ value: v, label: v }))}
        />
        <TextField
          label="Capaciteit (personen)"
          name="capacity"
          inputMode="numeric"
          defaultValue={hall?.capacity}
        />
      </div>
      <fieldset className="grid gap-4 sm:grid-cols-3">
        <legend className="mb-2 font-semibold">Adres</legend>
        <TextField label="Straat en huisnummer" name="street" defaultValue={hall?.street} />
        <TextField label="Postcode" name="postcode" inputMode="numeric" defaultValue={hall?.postcode} />
        <TextField label="Gemeente" name="city" defaultValue={hall?.city ?? "Wingene"} />
      </fieldset>
      <TextArea label="Beschrijving" name="description" rows={3} defaultValue={hall?.description} />
      <TextArea
        label="Voorzieningen"
        name="facilities"
        rows={4}
        optional
        hint="Eén voorziening per regel, bijvoorbeeld Keuken of Wifi."
        defaultValue={hall?.facilities.join("\n")}
      />
      <TextArea label="Huisregels" name="rules" rows={3} defaultValue={hall?.rules} />
      <RadioGroup
        legend="Verhuur"
        name="rentalUnit"
        defaultValue={hall?.rentalUnit ?? "DAY_PART"}
        options={[
          { value: "DAY_PART", label: "Per dagdeel (08–13, 13–18, 18–23 uur)" },
          { value: "HOURLY", label: "Per uur, binnen de openingsuren hieronder" },
        ]}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label="Openingsuur (per uur verhuurd)"
          name="opensAt"
          type="time"
          step={3600}
          optional
          defaultValue={hall?.opensAt ?? "08:00"}
        />
        <TextField
          label="Sluitingsuur (per uur verhuurd)"
          name="closesAt"
          type="time"
          step={3600}
          optional
          defaultValue={hall?.closesAt ?? "23:00"}
        />
      </div>
      {!hall && (
        <>
          <MoneyField label="Waarborg" name="deposit" optional defaultCents={0} />
          <Checkbox
            name="requiresApproval"
            label="Aanvragen moeten eerst goedgekeurd worden"
            defaultChecked
          />
        </>
      )}
      <SubmitButton pendingText="Bezig met opslaan…">{hall ? "Opslaan" : "Zaal toevoegen"}</SubmitButton>
    </Form>
  );
}
