"use client";
// What the team Evenementen adds on an event dossier's page: ask an advice body about named parts
// of the dossier (they see only those), and record the college's decision with its conditions
// (the form carries the status it showed, so a colleague's move meanwhile is noticed).
import { CheckboxGroup, DateField, Form, Select, SubmitButton, TextArea } from "@/components/ui/form";
import { DecisionForm } from "@/components/cases/decision-form";
import { decideEventAction, requestAdviceAction } from "@/lib/events/actions";
import { adviceRequestSchema, decisionSchema } from "@/lib/events/schema";

type Option = { value: string; label: string };

export function AdviceRequestForm({
  caseId,
  bodies,
  pages,
  defaultDue,
}: {
  caseId: string;
  bodies: Option[];
  pages: Option[];
  defaultDue: string;
}) {
  return (
    <Form
      action={requestAdviceAction}
      schema={adviceRequestSchema}
      label="Advies vragen"
      success={() => "Adviesvraag verstuurd."}
    >
      <input type="hidden" name="caseId" value={caseId} />
      <Select name="body" label="Adviesdienst" placeholder="Kies een dienst" options={bodies} />
      <CheckboxGroup
        name="pages"
        legend="Wat mag de adviseur lezen?"
        hint="De adviseur ziet alleen deze onderdelen van het dossier."
        options={pages}
      />
      <TextArea name="question" label="Vraag aan de adviseur" rows={3} />
      <DateField name="dueOn" label="Advies nodig tegen" defaultValue={defaultDue} />
      <SubmitButton kind="secondary">Advies vragen</SubmitButton>
    </Form>
  );
}

export function EventDecisionForm({ caseId, status }: { caseId: string; status: string }) {
  return (
    <DecisionForm
      action={decideEventAction}
      schema={decisionSchema}
      caseId={caseId}
      status={status}
      legend="Beslissing van het college"
      options={[
        { value: "APPROVED", label: "Goedgekeurd met voorwaarden" },
        { value: "REFUSED", label: "Geweigerd" },
      ]}
      reasonName="conditions"
      reasonLabel="Voorwaarden of reden"
      reasonHint="Eén voorwaarde per regel; ze komen zo op de vergunning."
      success="Beslissing bewaard en de organisator verwittigd."
    />
  );
}
