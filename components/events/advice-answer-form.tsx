"use client";
// An advisor's answer to an advice request: a verdict and its explanation, sent once.
import { Form, RadioGroup, SubmitButton, TextArea } from "@/components/ui/form";
import { answerAdviceAction } from "@/lib/events/actions";
import { VERDICT_LABELS } from "@/lib/events/labels";
import { adviceAnswerSchema } from "@/lib/events/schema";

export function AdviceAnswerForm({ adviceId }: { adviceId: string }) {
  return (
    <Form
      action={answerAdviceAction}
      schema={adviceAnswerSchema}
      label="Advies geven"
      success={() => "Bedankt, je advies is bewaard."}
    >
      <input type="hidden" name="adviceId" value={adviceId} />
      <RadioGroup
        name="verdict"
        legend="Je advies"
        options={Object.entries(VERDICT_LABELS).map(([value, label]) => ({ value, label }))}
      />
      <TextArea name="answer" label="Toelichting en voorwaarden" rows={5} />
      <SubmitButton>Advies versturen</SubmitButton>
    </Form>
  );
}
