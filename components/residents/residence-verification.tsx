"use client";
// On the resident's page for counter staff: whether the residence in Wingene is confirmed (the one
// basis of the resident tariff), with the button to confirm it after seeing the eID or to withdraw it.
import { ConfirmAction, Form, SubmitButton } from "@/components/ui/form";
import type { FormAction } from "@/components/ui/form/form";
import { residentRefSchema } from "@/lib/residents/schema";
import { staffUnverifyResidence, staffVerifyResidence } from "@/lib/residents/staff-actions";

/** `verifiedOn` is already a Brussels date, formatted on the server. */
type Verification = { verifiedOn: string; verifiedBy: string | null } | null;

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
