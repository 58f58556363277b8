"use client";
// A parent's lottery entry: per child up to three ranked periods, keeping siblings together, and a
// friend code to be drawn together with another household's children.
// Sent again, it replaces the entry; "Deelname intrekken" withdraws it. Until the close only. With
// a residentId it is the desk's form for the parent found there (staff actions, the parent's texts).
import { Checkbox, ConfirmAction, Form, Select, SubmitButton, TextField } from "@/components/ui/form";
import { saveMyLotteryEntry, withdrawMyLotteryEntry } from "@/lib/activities/actions";
import { deskLotteryEntrySchema, lotteryEntrySchema } from "@/lib/activities/schema";
import { saveLotteryEntryForResident, withdrawLotteryEntryForResident } from "@/lib/activities/staff-actions";
import type { FormValues } from "@/lib/forms/form-data";

const RANKS = [
  ["first", "Eerste keuze", "Doet niet mee"],
  ["second", "Tweede keuze", "Geen"],
  ["third", "Derde keuze", "Geen"],
] as const;

export function LotteryEntryForm({
  activityId,
  sessions,
  kids,
  values,
  entered,
  ownCode,
  residentId,
}: {
  activityId: string;
  sessions: { id: string; label: string }[];
  kids: { id: string; firstName: string }[];
  values: FormValues;
  entered: boolean;
  /** The entry's own friend code ("K7PM-Q2XR"), to hand to a friend's parent; null before entering. */
  ownCode: string | null;
  /** At the desk: the parent the entry is for. */
  residentId?: string;
}) {
  const options = sessions.map((s) => ({ value: s.id, label: s.label }));
  return (
    <div className="space-y-4">
      <Form
        action={residentId ? saveLotteryEntryForResident : saveMyLotteryEntry}
        schema={residentId ? deskLotteryEntrySchema : lotteryEntrySchema}
        label="Deelnemen aan de loting"
        defaultValues={values}
        keepValues
        success={(d) => {
          const who = `${d.children === 1 ? "1 kind" : `${d.children} kinderen`}${d.together ? ", samen" : ""}`;
          return residentId ? (
            <>De deelname aan de loting is bewaard ({who}). De ouder ziet ze in Mijn activiteiten.</>
          ) : (
            <>
              Je deelname aan de loting is ontvangen ({who}). Je kan ze wijzigen tot de termijn sluit; de
              stand staat in <a href="/mijn/activiteiten">Mijn activiteiten</a>.
            </>
          );
        }}
      >
        <input type="hidden" name="activityId" value={activityId} />
        {residentId && <input type="hidden" name="residentId" value={residentId} />}
        {kids.map((k) => (
          <fieldset key={k.id} className="min-w-0 space-y-3 rounded-md border border-slate-300 p-3">
            <legend className="px-1 font-semibold">{k.firstName}</legend>
            {RANKS.map(([rank, label, placeholder]) => (
              <Select
                key={rank}
                name={`children.${k.id}.${rank}`}
                label={label}
                placeholder={placeholder}
                options={options}
              />
            ))}
          </fieldset>
        ))}
        {kids.length > 1 && (
          <Checkbox
            name="together"
            label="Houd broers en zussen samen"
            hint="De kinderen die je hier samen opgeeft, krijgen samen een plaats in dezelfde periode of komen samen op de wachtlijst. Ze moeten minstens één periode gemeen hebben."
          />
        )}
        <TextField
          name="friendCode"
          label="Vriendjescode (niet verplicht)"
          hint="Samen ingedeeld worden met een vriendje uit een ander gezin? Vul de code in die de andere ouder bij de deelname kreeg. Alle kinderen moeten minstens één periode gemeen hebben."
          autoComplete="off"
        />
        <SubmitButton>{entered ? "Deelname wijzigen" : "Deelnemen aan de loting"}</SubmitButton>
      </Form>
      {ownCode && (
        <p>
          {residentId ? "De vriendjescode van deze deelname" : "Jouw vriendjescode"}:{" "}
          <strong className="font-mono">{ownCode}</strong>. Geef die aan de ouders van een vriendje dat in
          dezelfde periode wil zitten; zij vullen ze in bij hun eigen deelname.
        </p>
      )}
      {entered && (
        <ConfirmAction
          action={residentId ? withdrawLotteryEntryForResident : withdrawMyLotteryEntry}
          fields={residentId ? { activityId, residentId } : { activityId }}
          trigger="Deelname intrekken"
          consequence="Je kinderen doen dan niet meer mee aan deze loting. Tot de termijn sluit kan je opnieuw deelnemen."
          confirmLabel="Ja, deelname intrekken"
        />
      )}
    </div>
  );
}
