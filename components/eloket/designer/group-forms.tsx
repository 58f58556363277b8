"use client";
// The questions of a repeating group: each with a button that removes it, and a form that adds
// one. Each its own form posting to its own action, so both work without JavaScript.
import { Form, Select, SubmitButton, TextField } from "@/components/ui/form";
import { addSubFieldAction, removeSubFieldAction } from "@/lib/eloket/designer/actions";
import { SUB_TYPES, TYPE_LABELS } from "@/lib/eloket/designer/fields";
import { addSubFieldSchema, removeSubFieldSchema } from "@/lib/eloket/designer/schema";
import { Hidden } from "./field-forms";

type Sub = { key: string; label: string; type: keyof typeof TYPE_LABELS; required: boolean };

export function GroupFields({
  productId,
  groupKey,
  groupLabel,
  fields,
}: {
  productId: string;
  groupKey: string;
  groupLabel: string;
  fields: Sub[];
}) {
  return (
    <>
      <ol className="mb-4">
        {fields.map((sub) => (
          <li
            key={sub.key}
            className="flex flex-wrap items-start justify-between gap-2 border-t border-slate-300 py-2"
          >
            <span className="min-w-0 break-words">
              <span className="font-semibold">{sub.label}</span>
              <span className="block text-sm text-slate-700">
                {TYPE_LABELS[sub.type]}
                {sub.required ? " · verplicht" : " · niet verplicht"}
              </span>
            </span>
            {fields.length > 1 && (
              <Form
                action={removeSubFieldAction}
                schema={removeSubFieldSchema}
                label={`${sub.label} verwijderen`}
              >
                <Hidden productId={productId} field={groupKey} />
                <input type="hidden" name="sub" value={sub.key} />
                <SubmitButton kind="danger">
                  Verwijderen<span className="sr-only"> {sub.label}</span>
                </SubmitButton>
              </Form>
            )}
          </li>
        ))}
      </ol>
      <Form action={addSubFieldAction} schema={addSubFieldSchema} label={`Vraag toevoegen aan ${groupLabel}`}>
        <Hidden productId={productId} field={groupKey} />
        <Select
          label="Soort vraag"
          name="type"
          defaultValue="text"
          options={SUB_TYPES.map((t) => ({ value: t, label: TYPE_LABELS[t] }))}
        />
        <TextField label="Vraag in de groep" name="label" maxLength={200} />
        <SubmitButton kind="secondary">Vraag toevoegen</SubmitButton>
      </Form>
    </>
  );
}
