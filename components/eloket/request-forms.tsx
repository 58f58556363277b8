"use client";
// The forms of filing a request, importing their server actions here like every other kit form
// does (not as props from the page), so the no-JavaScript post finds its form again.
import { Form, SubmitButton } from "@/components/ui/form";
import { EnginePage } from "@/components/ui/form/engine";
import { saveRequestPage, submitRequest } from "@/lib/eloket/actions";
import type { Answers, FormDefinition } from "@/lib/form-engine";

export function RequestPageForm(props: {
  definition: FormDefinition;
  pageKey: string;
  answers: Answers;
  today: string;
  versionId: string;
}) {
  return (
    <EnginePage
      definition={props.definition}
      pageKey={props.pageKey}
      answers={props.answers}
      today={props.today}
      action={saveRequestPage}
      hidden={{ _version: props.versionId, _page: props.pageKey }}
    />
  );
}

export function SubmitRequestForm({ versionId }: { versionId: string }) {
  return (
    <Form action={submitRequest} label="Aanvraag versturen">
      <input type="hidden" name="_version" value={versionId} />
      <SubmitButton>Aanvraag versturen</SubmitButton>
    </Form>
  );
}
