"use client";
// Step 1: what the resident wants to pass on. A GET form: the answer is the next step's address.
import { QueryForm, RadioGroup } from "@/components/ui/form";
import type { FieldErrors } from "@/lib/actions/result";
import { KIND_LABELS } from "@/lib/reports/labels";
import { KINDS, kindStepSchema } from "@/lib/reports/schema";
import { KIND_URL_WORDS } from "@/lib/reports/url-words";

export function KindStep({ errors }: { errors?: FieldErrors }) {
  return (
    <QueryForm
      action="/melden"
      label="Wat wil je doorgeven?"
      schema={kindStepSchema}
      errors={errors}
      submit="Verder"
    >
      <input type="hidden" name="stap" value="soort" />
      <RadioGroup
        name="soort"
        legend="Kies wat het best past"
        options={KINDS.map((k) => ({
          value: KIND_URL_WORDS[k],
          label: <span className="font-semibold">{KIND_LABELS[k].title}</span>,
          hint: KIND_LABELS[k].hint,
        }))}
      />
    </QueryForm>
  );
}
