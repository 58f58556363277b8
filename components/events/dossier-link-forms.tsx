"use client";
// Linking one of the organiser's own bookings or loans to their event dossier, and undoing it.
import { ConfirmAction, Form, Select, SubmitButton } from "@/components/ui/form";
import { linkToDossierAction, unlinkFromDossierAction } from "@/lib/events/actions";
import { dossierLinkSchema } from "@/lib/events/schema";

export function DossierLinkForm({
  caseId,
  options,
}: {
  caseId: string;
  options: { value: string; label: string }[];
}) {
  return (
    <Form action={linkToDossierAction} schema={dossierLinkSchema} label="Koppelen aan dit evenement">
      <input type="hidden" name="caseId" value={caseId} />
      <Select label="Je zaalreservatie of uitlening" name="booking" placeholder="Kies…" options={options} />
      <SubmitButton pendingText="Bezig met koppelen…">Koppelen aan dit evenement</SubmitButton>
    </Form>
  );
}

export function DossierUnlinkForm({ caseId, booking }: { caseId: string; booking: string }) {
  return (
    <ConfirmAction
      action={unlinkFromDossierAction}
      fields={{ caseId, booking }}
      trigger="Loskoppelen"
      consequence="De reservatie of uitlening blijft bestaan; ze hoort dan alleen niet meer bij dit evenement."
      confirmLabel="Ja, loskoppelen"
    />
  );
}
