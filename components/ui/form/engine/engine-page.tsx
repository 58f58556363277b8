"use client";
// A page of a form definition as a kit <Form>: the schema is compiled in the browser from the same
// definition and answers the server compiles from, and fields appear and disappear as answers
// change (the one condition evaluator). Without JavaScript the page shows the fields the saved
// answers call for; a field an answer on this page reveals comes back with the refused post.
import { type ReactNode, useMemo, useState } from "react";
import {
  type Answers,
  type FormDefinition,
  compile,
  liveAnswers,
  toFormValues,
  visibleFields,
} from "@/lib/form-engine";
import { formDataToObject } from "@/lib/forms/form-data";
import { Form, type FormAction } from "../form";
import { useFormKit } from "../context";
import { SubmitButton } from "../submit-button";
import { EngineField } from "./engine-field";

type Props = {
  definition: FormDefinition;
  pageKey: string;
  answers: Answers;
  today: string;
  action: FormAction<null>;
  /** Hidden fields the action needs (version, page). */
  hidden: Record<string, string>;
  submitLabel?: string;
  children?: ReactNode;
  /** Shown after the action accepted the page without leaving it (the designer's preview). */
  accepted?: ReactNode;
};

export function EnginePage({
  definition,
  pageKey,
  answers,
  today,
  action,
  hidden,
  submitLabel = "Opslaan en verder",
  children,
  accepted,
}: Props) {
  const page = definition.pages.find((p) => p.key === pageKey)!;
  const schema = useMemo(
    () => compile(definition, answers, { page: pageKey, today }),
    [definition, answers, pageKey, today],
  );
  return (
    <Form
      action={action}
      schema={schema}
      defaultValues={toFormValues(definition, answers)}
      label={page.title}
      success={accepted === undefined ? undefined : () => accepted}
      keepValues={accepted !== undefined}
    >
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <LiveFields definition={definition} pageKey={pageKey} answers={answers} today={today} />
      {children}
      <SubmitButton>{submitLabel}</SubmitButton>
    </Form>
  );
}

function LiveFields({
  definition,
  pageKey,
  answers,
  today,
}: Pick<Props, "definition" | "pageKey" | "answers" | "today">) {
  const page = definition.pages.find((p) => p.key === pageKey)!;
  const { values, posted } = useFormKit();
  const start = posted ? values : toFormValues(definition, answers);
  const [current, setCurrent] = useState(() => liveAnswers(definition, answers, page, start, { today }));
  const shown = visibleFields(definition, current, page);
  return (
    <div
      className="space-y-5"
      onChange={(event) => {
        const form = (event.target as HTMLElement).closest("form");
        if (form)
          setCurrent(liveAnswers(definition, answers, page, formDataToObject(new FormData(form)), { today }));
      }}
    >
      {shown.map((field) => (
        <EngineField key={field.key} field={field} today={today} stored={answers[field.key]} />
      ))}
    </div>
  );
}
