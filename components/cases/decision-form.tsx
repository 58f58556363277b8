"use client";
// Deciding a case: the outcome (the workflow's decided statuses) and its reason or conditions. One
// form for every service that decides cases; each gives its own action, schema and words.
import type { z } from "zod";
import { Form, type FormAction } from "@/components/ui/form/form";
import { RadioGroup } from "@/components/ui/form/choice-fields";
import { SubmitButton } from "@/components/ui/form/submit-button";
import { TextArea } from "@/components/ui/form/text-field";

export function DecisionForm(props: {
  action: FormAction<null>;
  schema: z.ZodType;
  caseId: string;
  status: string;
  legend: string;
  options: { value: string; label: string }[];
  /** The name of the text field in the schema ("reason", "conditions"). */
  reasonName: string;
  reasonLabel: string;
  reasonHint: string;
  success: string;
}) {
  return (
    <Form action={props.action} schema={props.schema} label={props.legend} success={() => props.success}>
      <input type="hidden" name="caseId" value={props.caseId} />
      <input type="hidden" name="seen" value={props.status} />
      <RadioGroup name="outcome" legend={props.legend} options={props.options} />
      <TextArea name={props.reasonName} label={props.reasonLabel} hint={props.reasonHint} rows={5} />
      <SubmitButton>Beslissing bewaren</SubmitButton>
    </Form>
  );
}
