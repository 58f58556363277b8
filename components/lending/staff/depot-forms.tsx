"use client";
// The depot's forms on one loan: hand out (quantity given per line), take back (per line returned,
// damaged, missing; a note), and settle the deposit (ConfirmAction stating what is kept and refunded).
import { ConfirmAction, Form, NumberField, SubmitButton, TextArea } from "@/components/ui/form";
import { formatEuro } from "@/lib/be/money";
import { handOutSchema, takeBackSchema } from "@/lib/lending/schema";
import { handOutAction, settleDepositAction, takeBackAction } from "@/lib/lending/staff-actions";

type Line = {
  id: string;
  quantity: number;
  handedOut: number | null;
  item: { name: string; damageFeeCents: number };
};

export function HandOutForm({ loanId, lines }: { loanId: string; lines: Line[] }) {
  return (
    <Form action={handOutAction} schema={handOutSchema} label="Meegeven">
      <input type="hidden" name="loanId" value={loanId} />
      {lines.map((l) => (
        <NumberField
          key={l.id}
          name={`given.${l.id}`}
          label={`${l.item.name}: meegegeven`}
          min={0}
          max={l.quantity}
          defaultValue={String(l.quantity)}
          hint={`${l.quantity} gereserveerd`}
        />
      ))}
      <SubmitButton pendingText="Bezig…">Meegegeven</SubmitButton>
    </Form>
  );
}

export function TakeBackForm({ loanId, lines }: { loanId: string; lines: Line[] }) {
  return (
    <Form action={takeBackAction} schema={takeBackSchema} label="Terugnemen">
      <input type="hidden" name="loanId" value={loanId} />
      {lines.map((l) => (
        <fieldset key={l.id} className="space-y-2">
          <legend className="font-semibold">
            {l.item.name} ({l.handedOut ?? 0} meegegeven; schade of verlies{" "}
            {formatEuro(l.item.damageFeeCents)} per stuk)
          </legend>
          <div className="grid gap-3 sm:grid-cols-3">
            <NumberField
              name={`returned.${l.id}`}
              label="In orde terug"
              min={0}
              defaultValue={String(l.handedOut ?? 0)}
            />
            <NumberField name={`damaged.${l.id}`} label="Beschadigd" min={0} defaultValue="0" />
            <NumberField name={`missing.${l.id}`} label="Ontbreekt" min={0} defaultValue="0" />
          </div>
        </fieldset>
      ))}
      <TextArea name="note" label="Opmerking" optional hint="Bijvoorbeeld wat er beschadigd is." />
      <SubmitButton pendingText="Bezig…">Teruggenomen</SubmitButton>
    </Form>
  );
}

export function SettleDeposit({
  loanId,
  depositCents,
  keptCents,
}: {
  loanId: string;
  depositCents: number;
  keptCents: number;
}) {
  return (
    <ConfirmAction
      action={settleDepositAction}
      fields={{ loanId }}
      trigger="Waarborg afrekenen"
      consequence={
        <p>
          We houden {formatEuro(keptCents)} in en betalen {formatEuro(depositCents - keptCents)} terug. De
          lener krijgt een e-mail.
        </p>
      }
      confirmLabel="Afrekenen"
    />
  );
}
