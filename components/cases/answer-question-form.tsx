"use client";
// The applicant answers staff's open question in Mijn Wingene.
import { Form, SubmitButton, TextArea } from "@/components/ui/form";
import { answerQuestionAction } from "@/lib/cases/actions";
import { answerSchema } from "@/lib/cases/schema";

export function AnswerQuestionForm({ caseId, questionId }: { caseId: string; questionId: string }) {
  return (
    <Form
      action={answerQuestionAction}
      schema={answerSchema}
      label="Vraag beantwoorden"
      success={() => "Bedankt, we ontvingen je antwoord."}
    >
      <input type="hidden" name="caseId" value={caseId} />
      <input type="hidden" name="questionId" value={questionId} />
      <TextArea name="answer" label="Je antwoord" rows={4} />
      <SubmitButton>Antwoord versturen</SubmitButton>
    </Form>
  );
}
