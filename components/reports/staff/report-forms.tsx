"use client";
// The forms on a report's staff page: status, department, internal note, message to the
// resident, merge. Each posts to its own server action, which checks reports:manage again.
import { Form, Select, SubmitButton, TextArea, TextField } from "@/components/ui/form";
import { mergeSchema, noteSchema, reassignSchema, statusChangeSchema } from "@/lib/reports/schema";
import {
  addReportNote,
  changeReportStatus,
  mergeReportInto,
  reassignReport,
  sendReportMessage,
} from "@/lib/reports/staff-actions";

type Option = { value: string; label: string };

export function StatusForm({
  reportId,
  current,
  targets,
}: {
  reportId: string;
  /** The status on screen: a colleague's change meanwhile is refused instead of overwritten. */
  current: string;
  targets: Option[];
}) {
  if (targets.length === 0) return <p>Deze melding kan geen andere status meer krijgen.</p>;
  return (
    <Form
      action={changeReportStatus}
      schema={statusChangeSchema}
      label="Status wijzigen"
      success={() => <>De status is gewijzigd; de melder en de volgers kregen een e-mail.</>}
    >
      <input type="hidden" name="reportId" value={reportId} />
      <input type="hidden" name="seen" value={current} />
      <Select label="Nieuwe status" name="status" options={targets} />
      <TextArea
        label="Toelichting voor de melder"
        name="message"
        optional
        hint="Komt op de statuspagina en in de e-mail aan de melder en de volgers."
      />
      <SubmitButton>Status wijzigen</SubmitButton>
    </Form>
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
    <Form
      action={reassignReport}
      schema={reassignSchema}
      label="Andere dienst"
      keepValues
      success={() => <>De melding is toegewezen.</>}
    >
      <input type="hidden" name="reportId" value={reportId} />
      <Select label="Dienst" name="departmentId" options={departments} defaultValue={current} />
      <SubmitButton>Toewijzen</SubmitButton>
    </Form>
  );
}

function TextForm({
  reportId,
  action,
  label,
  hint,
  submit,
  done,
}: {
  reportId: string;
  action: typeof addReportNote;
  label: string;
  hint: string;
  submit: string;
  done: string;
}) {
  return (
    <Form action={action} schema={noteSchema} label={label} success={() => done}>
      <input type="hidden" name="reportId" value={reportId} />
      <TextArea label={label} name="body" hint={hint} rows={3} />
      <SubmitButton>{submit}</SubmitButton>
    </Form>
  );
}

export function NoteForm({ reportId }: { reportId: string }) {
  return (
    <TextForm
      reportId={reportId}
      action={addReportNote}
      label="Interne notitie"
      hint="Alleen medewerkers zien dit."
      submit="Notitie bewaren"
      done="Notitie bewaard."
    />
  );
}

export function MessageForm({ reportId }: { reportId: string }) {
  return (
    <TextForm
      reportId={reportId}
      action={sendReportMessage}
      label="Bericht aan de melder"
      hint="De melder en de volgers krijgen dit per e-mail en zien het op de statuspagina."
      submit="Bericht versturen"
      done="Bericht verstuurd naar de melder en de volgers."
    />
  );
}

export function MergeForm({ reportId }: { reportId: string }) {
  return (
    <Form
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
        hint="Bijvoorbeeld MP-2026-000123. Deze melding wordt erin samengevoegd; de melder en de volgers krijgen een e-mail. Dat kan je niet ongedaan maken."
      />
      <SubmitButton kind="danger">Samenvoegen</SubmitButton>
    </Form>
  );
}
