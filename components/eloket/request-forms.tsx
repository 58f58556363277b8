"use client";
// The forms of filing a request, importing their server actions here like every other kit form
// does (not as props from the page), so the no-JavaScript post finds its form again.
import { Form, SubmitButton } from "@/components/ui/form";
import { EnginePage } from "@/components/ui/form/engine";
import { saveRequestPage, submitRequest } from "@/lib/eloket/actions";
import { saveDeskRequestPage, submitDeskRequest } from "@/lib/eloket/desk-actions";
import type { Answers, FormDefinition } from "@/lib/form-engine";

type PageProps = {
  definition: FormDefinition;
  pageKey: string;
  answers: Answers;
  today: string;
  versionId: string;
};

function StepForm({
  action,
  extra = {},
  ...props
}: PageProps & { action: typeof saveRequestPage; extra?: Record<string, string> }) {
  return (
    <EnginePage
      definition={props.definition}
      pageKey={props.pageKey}
      answers={props.answers}
      today={props.today}
      action={action}
      hidden={{ _version: props.versionId, _page: props.pageKey, ...extra }}
    />
  );
}

export function RequestPageForm(props: PageProps) {
  return <StepForm {...props} action={saveRequestPage} />;
}

/** The same step at the desk, for the resident being served. */
export function DeskRequestPageForm({ residentId, ...props }: PageProps & { residentId: string }) {
  return <StepForm {...props} action={saveDeskRequestPage} extra={{ _resident: residentId }} />;
}

export function SubmitRequestForm({ versionId }: { versionId: string }) {
  return (
    <Form action={submitRequest} label="Aanvraag versturen">
      <input type="hidden" name="_version" value={versionId} />
      <SubmitButton>Aanvraag versturen</SubmitButton>
    </Form>
  );
}

export function DeskSubmitRequestForm({ versionId, residentId }: { versionId: string; residentId: string }) {
  return (
    <Form action={submitDeskRequest} label="Aanvraag versturen voor de inwoner">
      <input type="hidden" name="_version" value={versionId} />
      <input type="hidden" name="_resident" value={residentId} />
      <SubmitButton>Aanvraag versturen voor de inwoner</SubmitButton>
    </Form>
  );
}
