"use client";
// Staff try the UiTdatabank publication of a dossier again (lib/events/commands/publication.ts).
import { Form, SubmitButton } from "@/components/ui/form";
import { retryPublicationAction } from "@/lib/events/actions";
import { publicationRetrySchema } from "@/lib/events/schema";

export function RetryPublicationForm({ caseId }: { caseId: string }) {
  return (
    <Form
      action={retryPublicationAction}
      schema={publicationRetrySchema}
      label="Opnieuw publiceren in UiTdatabank"
      success={() => "Opnieuw geprobeerd; de stand hierboven is bijgewerkt."}
    >
      <input type="hidden" name="caseId" value={caseId} />
      <SubmitButton kind="secondary" pendingText="Bezig met publiceren…">
        Opnieuw publiceren
      </SubmitButton>
    </Form>
  );
}
