"use client";
// The forms on a report's staff page: status, department, internal note, message to the
// resident, merge. Each posts to its own server action, which checks reports:manage again.
import { ActionForm } from "@/components/ui/action-form";
import { TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { mergeSchema, noteSchema, reassignSchema, statusChangeSchema } from "@/lib/reports/schema";
import {
  addReportNote,
  changeReportStatus,
  mergeReportInto,
  reassignReport,
  sendReportMessage,
} from "@/lib/reports/staff-actions";
import { SelectField } from "./select-field";

type Option = { value: string; label: string };

export function StatusForm({ reportId, targets }: { reportId: string; targets: Option[] }) {
  if (targets.length === 0) return <p>Deze melding kan geen andere status meer krijgen.</p>;
  return (
    <ActionForm
      action={changeReportStatus}
      schema={statusChangeSchema}
      label="Status wijzigen"
      success={() => <>De status is gewijzigd; de melder en de volgers kregen een e-mail.</>}
    >
      <input type="hidden" name="reportId" value={reportId} />
      <SelectField label="Nieuwe status" name="status" options={targets} />
      <TextAreaField
        label="Toelichting voor de melder"
        name="message"
        optional
        hint="Komt op de statuspagina en in de e-mail aan de melder en de volgers."
      />
      <SubmitButton>Status wijzigen</SubmitButton>
    </ActionForm>
  );
}

export function ReassignForm({
  reportId,
  current,
  departments,
}: {
  reportId: string;
  current: string;
  departments: Option[];
}) {
  return (
    <ActionForm
      action={reassignReport}
      schema={reassignSchema}
      label="Andere dienst"
      success={() => <>De melding is toegewezen.</>}
    >
      <input type="hidden" name="reportId" value={reportId} />
      <SelectField label="Dienst" name="departmentId" options={departments} defaultValue={current} />
      <SubmitButton>Toewijzen</SubmitButton>
    </ActionForm>
  );
}

export function NoteForm({ reportId }: { reportId: string }) {
  return (
    <ActionForm
      action={addReportNote}
      schema={noteSchema}
      label="Interne notitie"
      success={() => <>Notitie bewaard.</>}
    >
      <input type="hidden" name="reportId" value={reportId} />
      <TextAreaField label="Interne notitie" name="body" hint="Alleen medewerkers zien dit." rows={3} />
      <SubmitButton>Notitie bewaren</SubmitButton>
    </ActionForm>
  );
}

export function MessageForm({ reportId }: { reportId: string }) {
  return (
    <ActionForm
      action={sendReportMessage}
      schema={noteSchema}
      label="Bericht aan de melder"
      success={() => <>Bericht verstuurd naar de melder en de volgers.</>}
    >
      <input type="hidden" name="reportId" value={reportId} />
      <TextAreaField
        label="Bericht aan de melder"
        name="body"
        hint="De melder en de volgers krijgen dit per e-mail en zien het op de statuspagina."
        rows={3}
      />
      <SubmitButton>Bericht versturen</SubmitButton>
    </ActionForm>
  );
}

export function MergeForm({ reportId }: { reportId: string }) {
  return (
    <ActionForm
      action={mergeReportInto}
      schema={mergeSchema}
      label="Samenvoegen"
      success={() => (
        <>Samengevoegd. De melder en de volgers volgen nu de andere melding en kregen een e-mail.</>
      )}
    >
      <input type="hidden" name="reportId" value={reportId} />
      <TextField
        label="Volgnummer van de melding die blijft"
        name="target"
        hint="Bijvoorbeeld MP-2026-000123. Deze melding wordt erin samengevoegd."
      />
      <SubmitButton kind="danger">Samenvoegen</SubmitButton>
    </ActionForm>
  );
}
