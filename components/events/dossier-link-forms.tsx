"use client";
// Linking one of the organiser's own bookings or loans to their event dossier, and undoing it.
import { ConfirmAction, Form, Select, SubmitButton } from "@/components/ui/form";
import { linkWithDossierAction, unlinkFromDossierAction, unlinkFromDraftAction } from "@/lib/events/actions";
import { dossierLinkSchema } from "@/lib/events/schema";

export function DossierLinkForm({
  caseId,
  options,
}: {
  caseId: string;
  options: { value: string; label: string }[];
}) {
  return (
    <Form action={linkWithDossierAction} schema={dossierLinkSchema} label="Koppelen aan dit evenement">
      <input type="hidden" name="caseId" value={caseId} />
      <Select label="Je zaalreservatie of uitlening" name="booking" placeholder="Kies…" options={options} />
      <SubmitButton pendingText="Bezig met koppelen…">Koppelen aan dit evenement</SubmitButton>
    </Form>
  );
}

/** Undo a link: of the submitted dossier ("case") or of the wizard's draft ("draft"). */
export function DossierUnlinkForm({
  dossierId,
  booking,
  on,
}: {
  dossierId: string;
  booking: string;
  on: "case" | "draft";
}) {
  return (
    <ConfirmAction
      action={on === "case" ? unlinkFromDossierAction : unlinkFromDraftAction}
      fields={on === "case" ? { caseId: dossierId, booking } : { draftId: dossierId, booking }}
      trigger="Loskoppelen"
      consequence="De reservatie of uitlening blijft bestaan; ze hoort dan alleen niet meer bij dit evenement."
      confirmLabel="Ja, loskoppelen"
    />
  );
}
