"use client";
// Filters of the audit log: who, what, when, about whom or what. A GET form, so a filtered view
// has its own address and the export takes the same filter.
import { DateField, QueryForm, Select, TextField } from "@/components/ui/form";
import type { FieldErrors } from "@/lib/actions/result";
import { AUDIT_ACTION_LABELS } from "@/lib/audit/labels";
import { auditFilterSchema } from "@/lib/audit/schema";
import type { FormValues } from "@/lib/forms/form-data";

const ACTIONS = Object.entries(AUDIT_ACTION_LABELS)
  .map(([value, label]) => ({ value, label }))
  .sort((a, b) => a.label.localeCompare(b.label, "nl"));

export function AuditFilters({ values, errors }: { values: FormValues; errors?: FieldErrors }) {
  return (
    <QueryForm
      action="/beheer/audit"
      label="Auditlog filteren"
      role="search"
      values={values}
      errors={errors}
      schema={auditFilterSchema}
      className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3"
      submit="Filteren"
    >
      <TextField
        label="Wie"
        name="wie"
        optional
        hint="Naam of e-mailadres van wie het deed."
        autoComplete="off"
      />
      <Select label="Wat" name="wat" placeholder="Alle handelingen" options={ACTIONS} />
      <TextField
        label="Over"
        name="over"
        optional
        hint="Inwoner, vereniging of het nummer van een dossier."
        autoComplete="off"
      />
      <DateField label="Van" name="van" optional />
      <DateField label="Tot en met" name="tot" optional />
    </QueryForm>
  );
}
