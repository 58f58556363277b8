"use client";
// On the resident's page for counter staff: whether the residence in Wingene is confirmed (the one
// basis of the resident tariff), with the button to confirm it after seeing the eID or to withdraw it.
import { ConfirmAction, Form, SubmitButton, TextField } from "@/components/ui/form";
import type { FormAction } from "@/components/ui/form/form";
import { nationalNumberInputSchema, residentRefSchema } from "@/lib/residents/schema";
import {
  staffRecordNationalNumber,
  staffUnverifyResidence,
  staffVerifyResidence,
} from "@/lib/residents/staff-actions";

/** Dates are already Brussels dates and the number already masked, formatted on the server. */
type Verification = {
  verifiedOn: string;
  verifiedBy: string | null;
  nationalNumber: { masked: string; recordedOn: string } | null;
} | null;

export function ResidenceVerification({
  residentId,
  verification,
}: {
  residentId: string;
  verification: Verification;
}) {
  if (!verification)
    return (
      <>
        <p>Niet bevestigd: deze persoon betaalt het tarief voor niet-inwoners.</p>
        <Form
          action={staffVerifyResidence}
          schema={residentRefSchema}
          label="Woonplaats bevestigen"
          className="mt-3"
        >
          <input type="hidden" name="residentId" value={residentId} />
          <SubmitButton kind="secondary">Woont in Wingene (eID of document gezien)</SubmitButton>
        </Form>
      </>
    );
  return (
    <>
      <p>
        Bevestigd op {verification.verifiedOn}
        {verification.verifiedBy ? ` door ${verification.verifiedBy}` : ""}: inwonerstarief. Verandert het
        adres, dan vervalt de bevestiging.
      </p>
      <NationalNumber residentId={residentId} recorded={verification.nationalNumber} />
      <div className="mt-3">
        <ConfirmAction
          action={staffUnverifyResidence}
          fields={{ residentId }}
          trigger="Bevestiging intrekken"
          consequence="Deze persoon betaalt vanaf nu het tarief voor niet-inwoners, tot iemand de woonplaats opnieuw bevestigt. Wat al geboekt is, behoudt zijn prijs."
          confirmLabel="Ja, bevestiging intrekken"
        />
      </div>
    </>
  );
}

/**
 * The national register number read from the eID: the key for the attest of household composition
 * from the population register. Shown masked; staff can record it again (a corrected reading).
 */
function NationalNumber({
  residentId,
  recorded,
}: {
  residentId: string;
  recorded: { masked: string; recordedOn: string } | null;
}) {
  return (
    <div className="mt-4 border-t border-slate-200 pt-4">
      <p>
        {recorded
          ? `Rijksregisternummer ${recorded.masked}, vastgelegd op ${recorded.recordedOn}: attesten uit het bevolkingsregister komen meteen.`
          : "Geen rijksregisternummer vastgelegd: een attest uit het bevolkingsregister gaat langs burgerzaken."}
      </p>
      <Form
        action={staffRecordNationalNumber}
        schema={nationalNumberInputSchema}
        label="Rijksregisternummer vastleggen"
        className="mt-3 space-y-3"
      >
        <input type="hidden" name="residentId" value={residentId} />
        <TextField
          name="nationalNumber"
          label="Rijksregisternummer (van de eID)"
          hint="Lees het af van de identiteitskaart, bv. 85.07.30-033.28. Nooit zoals de inwoner het opgeeft."
          inputMode="numeric"
          autoComplete="off"
        />
        <SubmitButton kind="secondary">{recorded ? "Opnieuw vastleggen" : "Vastleggen"}</SubmitButton>
      </Form>
    </div>
  );
}

/** The confirming button; the activities desk posts it to its own action, which returns to the desk. */
export function VerifyResidenceButton<T>({
  residentId,
  action,
}: {
  residentId: string;
  action: FormAction<T>;
}) {
  return (
    <Form action={action} schema={residentRefSchema} label="Woonplaats bevestigen" className="mt-3">
      <input type="hidden" name="residentId" value={residentId} />
      <SubmitButton kind="secondary">Woont in Wingene (eID of document gezien)</SubmitButton>
    </Form>
  );
}
