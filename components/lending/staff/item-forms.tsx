"use client";
// Staff forms for one item of the uitleendienst: stock, deposit, damage fee and prices per
// category; units out for repair; a repair done. A lower stock or a repair that clashes with loans
// is refused naming them; ticking the confirmation and sending again stores it.
import {
  Checkbox,
  ConfirmAction,
  DateField,
  Form,
  MoneyField,
  NumberField,
  SubmitButton,
  TextField,
} from "@/components/ui/form";
import { itemSettingsSchema, repairSchema } from "@/lib/lending/item-schema";
import { itemSettingsAction, repairAction, repairDoneAction } from "@/lib/lending/item-actions";

const CONFIRM = "Ik bevestig: ik verwittig de leners die niet meer passen (lijst op deze pagina).";

type Item = {
  id: string;
  stock: number;
  depositCents: number;
  damageFeeCents: number;
  prices: { categoryCode: string; unitCents: number }[];
  categories: { code: string; label: string }[];
};

export function ItemSettingsForm({ item }: { item: Item }) {
  const price = (code: string) => item.prices.find((p) => p.categoryCode === code)?.unitCents;
  return (
    <Form
      action={itemSettingsAction}
      schema={itemSettingsSchema}
      label="Voorraad en prijzen"
      keepValues
      success={() => "Bewaard. De catalogus toont de nieuwe voorraad en prijzen."}
    >
      <input type="hidden" name="itemId" value={item.id} />
      <NumberField
        name="stock"
        label="Voorraad (stuks in eigendom)"
        min={0}
        max={9999}
        defaultValue={String(item.stock)}
      />
      <MoneyField name="deposit" label="Waarborg per stuk" defaultCents={item.depositCents} />
      <MoneyField
        name="damageFee"
        label="Kost per stuk beschadigd of ontbrekend"
        defaultCents={item.damageFeeCents}
      />
      <fieldset className="grid gap-4">
        <legend className="mb-2 font-semibold">Prijs per stuk per categorie (leeg: mag niet lenen)</legend>
        {item.categories.map((c) => {
          const cents = price(c.code);
          return (
            <MoneyField
              key={c.code}
              name={`prices.${c.code}`}
              label={c.label}
              optional
              {...(cents === undefined ? {} : { defaultCents: cents })}
            />
          );
        })}
      </fieldset>
      <Checkbox name="confirmed" label={CONFIRM} />
      <SubmitButton pendingText="Bezig…">Bewaren</SubmitButton>
    </Form>
  );
}

export function RepairForm({ itemId }: { itemId: string }) {
  return (
    <Form
      action={repairAction}
      schema={repairSchema}
      label="In herstelling"
      success={() => "Bewaard: de voorraad is lager op die dagen."}
    >
      <input type="hidden" name="itemId" value={itemId} />
      <NumberField name="quantity" label="Aantal stuks" min={1} max={9999} />
      <DateField name="fromDate" label="Vanaf" />
      <DateField name="untilDate" label="Tot en met" optional hint="Leeg: tot je ze als hersteld meldt." />
      <TextField name="note" label="Wat is er stuk?" optional />
      <Checkbox name="confirmed" label={CONFIRM} />
      <SubmitButton pendingText="Bezig…">In herstelling zetten</SubmitButton>
    </Form>
  );
}

export function RepairDone({ changeId }: { changeId: string }) {
  return (
    <ConfirmAction
      action={repairDoneAction}
      fields={{ changeId }}
      trigger="Hersteld"
      consequence={<p>Deze stuks zijn vanaf vandaag weer te lenen.</p>}
      confirmLabel="Ja, hersteld"
    />
  );
}
