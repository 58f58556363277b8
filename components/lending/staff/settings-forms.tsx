"use client";
// The uitleendienst's rules for staff: one form per borrower category (name, description, lead
// time in working days, horizon in months, who it is for), one for the delivery price and area,
// and one for the rules of every loan (cancel deadline, late fee, retention).
import {
  Checkbox,
  Form,
  MoneyField,
  NumberField,
  SubmitButton,
  TextArea,
  TextField,
} from "@/components/ui/form";
import { categorySchema, deliverySettingsSchema, loanRulesSchema } from "@/lib/lending/item-schema";
import { categoryAction, deliverySettingsAction, loanRulesAction } from "@/lib/lending/item-actions";

type Category = {
  code: string;
  label: string;
  description: string;
  leadWorkingDays: number;
  horizonMonths: number;
  forAssociation: boolean;
  recognisedOnly: boolean;
  staffOnly: boolean;
};

export function CategoryForm({ category }: { category: Category }) {
  return (
    <Form
      action={categoryAction}
      schema={categorySchema}
      label={`Categorie ${category.label}`}
      keepValues
      success={() =>
        "Bewaard. Nieuwe aanvragen volgen deze termijnen; bestaande uitleningen blijven zoals ze zijn."
      }
    >
      <input type="hidden" name="code" value={category.code} />
      <TextField name="label" label="Naam" maxLength={80} defaultValue={category.label} />
      <TextArea
        name="description"
        label="Uitleg voor de lener"
        optional
        rows={3}
        maxLength={500}
        defaultValue={category.description}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <NumberField
          name="leadWorkingDays"
          label="Minimale termijn (werkdagen vooraf)"
          hint="Van 0 tot 60. Weekends en feestdagen tellen niet mee."
          min={0}
          max={60}
          defaultValue={String(category.leadWorkingDays)}
        />
        <NumberField
          name="horizonMonths"
          label="Hoe ver vooruit (maanden)"
          hint="Van 1 tot 24."
          min={1}
          max={24}
          defaultValue={String(category.horizonMonths)}
        />
      </div>
      <Checkbox name="forAssociation" label="Voor een vereniging" defaultChecked={category.forAssociation} />
      <Checkbox
        name="recognisedOnly"
        label="Alleen erkende verenigingen"
        defaultChecked={category.recognisedOnly}
      />
      <Checkbox
        name="staffOnly"
        label="Alleen te kiezen door medewerkers"
        defaultChecked={category.staffOnly}
      />
      <SubmitButton pendingText="Bezig…">Bewaren</SubmitButton>
    </Form>
  );
}

export function DeliverySettingsForm({ delivery }: { delivery: { cents: number; postcodes: string[] } }) {
  return (
    <Form
      action={deliverySettingsAction}
      schema={deliverySettingsSchema}
      label="Leveringen door de technische dienst"
      keepValues
      success={() => "Bewaard. Nieuwe aanvragen met levering volgen deze prijs en dit gebied."}
    >
      <MoneyField
        name="deliveryPrice"
        label="Prijs van een levering, brengen en ophalen samen"
        hint="Bijvoorbeeld 12,50."
        defaultCents={delivery.cents}
      />
      <TextField
        name="deliveryPostcodes"
        label="Postcodes waar de technische dienst levert"
        hint="Postcodes van vier cijfers, gescheiden door een komma of spatie, bijvoorbeeld 8750, 8755."
        autoComplete="off"
        maxLength={400}
        defaultValue={delivery.postcodes.join(", ")}
      />
      <SubmitButton pendingText="Bezig…">Bewaren</SubmitButton>
    </Form>
  );
}

export function LoanRulesForm({
  rules,
}: {
  rules: { cancelWorkingDays: number; lateFeePerDayCents: number; retentionMonths: number };
}) {
  return (
    <Form
      action={loanRulesAction}
      schema={loanRulesSchema}
      label="Regels voor elke uitlening"
      keepValues
      success={() => "Bewaard. De nieuwe regels gelden vanaf nu, ook voor uitleningen die al lopen."}
    >
      <NumberField
        name="cancelWorkingDays"
        label="Annuleren kan tot (werkdagen vóór het afhalen)"
        hint="Van 0 tot 30. Weekends en feestdagen tellen niet mee."
        min={0}
        max={30}
        defaultValue={String(rules.cancelWorkingDays)}
      />
      <MoneyField
        name="lateFeePerDay"
        label="Boete per dag te laat"
        hint="Afgehouden van de waarborg per begonnen dag na het afgesproken terugbrengmoment. 0 voor geen boete."
        defaultCents={rules.lateFeePerDayCents}
      />
      <NumberField
        name="retentionMonths"
        label="Wie leende bewaren na het einde van een uitlening (maanden)"
        hint="Van 1 tot 120. Daarna verdwijnen naam, e-mailadres en leveradres; wat uitgeleend werd en de bedragen blijven."
        min={1}
        max={120}
        defaultValue={String(rules.retentionMonths)}
      />
      <SubmitButton pendingText="Bezig…">Bewaren</SubmitButton>
    </Form>
  );
}
