"use client";
// What staff do on a case's page: move it along its workflow (one button per allowed move; the
// form carries the status it showed, so a colleague's move meanwhile is noticed), decide it with a
// reason, assign it, add an internal note, ask the applicant a question.
import { Form, Select, SubmitButton, TextArea } from "@/components/ui/form";
import {
  addCaseNoteAction,
  askQuestionAction,
  assignCaseAction,
  decideCaseAction,
  judgeExemptionAction,
  moveCaseAction,
} from "@/lib/cases/actions";
import {
  assignSchema,
  decideSchema,
  exemptionSchema,
  moveSchema,
  noteSchema,
  questionSchema,
} from "@/lib/cases/schema";
import { DecisionForm } from "./decision-form";

export function MoveCaseForm({
  caseId,
  status,
  moves,
}: {
  caseId: string;
  status: string;
  moves: { toCode: string; label: string }[];
}) {
  if (moves.length === 0) return <p>Geen verdere stappen vanuit deze status.</p>;
  return (
    <Form
      action={moveCaseAction}
      schema={moveSchema}
      label="Status wijzigen"
      success={() => "Status gewijzigd."}
    >
      <input type="hidden" name="caseId" value={caseId} />
      <input type="hidden" name="seen" value={status} />
      <div className="flex flex-wrap gap-3">
        {moves.map((m, i) => (
          <SubmitButton key={m.toCode} name="to" value={m.toCode} kind={i === 0 ? "primary" : "secondary"}>
            {m.label}
          </SubmitButton>
        ))}
      </div>
    </Form>
  );
}

/** The outcomes the workflow allows from here; a refusal needs its reason (it goes in the letter). */
export function CaseDecisionForm({
  caseId,
  status,
  outcomes,
}: {
  caseId: string;
  status: string;
  outcomes: { value: string; label: string }[];
}) {
  return (
    <DecisionForm
      action={decideCaseAction}
      schema={decideSchema}
      caseId={caseId}
      status={status}
      legend="Beslissing"
      options={outcomes}
      reasonName="reason"
      reasonLabel="Reden of toelichting"
      reasonHint="Verplicht bij een weigering. De aanvrager krijgt meteen een e-mail; bij een weigering ook een brief met deze reden en hoe bezwaar in te dienen."
      success="Beslissing bewaard en de aanvrager verwittigd."
    />
  );
}

export function AssignCaseForm({
  caseId,
  current,
  members,
}: {
  caseId: string;
  current: string | null;
  members: { value: string; label: string }[];
}) {
  return (
    <Form
      action={assignCaseAction}
      schema={assignSchema}
      label="Toewijzen"
      keepValues
      success={() => "Toewijzing bewaard."}
    >
      <input type="hidden" name="caseId" value={caseId} />
      <Select
        name="assignee"
        label="Behandelaar"
        placeholder="Niemand"
        defaultValue={current ?? ""}
        options={members}
      />
      <SubmitButton kind="secondary">Toewijzen</SubmitButton>
    </Form>
  );
}

export function NoteForm({ caseId }: { caseId: string }) {
  return (
    <Form
      action={addCaseNoteAction}
      schema={noteSchema}
      label="Notitie toevoegen"
      success={() => "Notitie bewaard."}
    >
      <input type="hidden" name="caseId" value={caseId} />
      <TextArea name="text" label="Interne notitie" hint="Enkel collega's zien dit." rows={3} />
      <SubmitButton kind="secondary">Notitie bewaren</SubmitButton>
    </Form>
  );
}

export function QuestionForm({ caseId }: { caseId: string }) {
  return (
    <Form
      action={askQuestionAction}
      schema={questionSchema}
      label="Vraag stellen"
      success={() => "Vraag verstuurd."}
    >
      <input type="hidden" name="caseId" value={caseId} />
      <TextArea
        name="question"
        label="Vraag aan de aanvrager"
        hint="De aanvrager krijgt een e-mail en antwoordt in Mijn Wingene; de aanvraag wacht tot dan."
        rows={3}
      />
      <SubmitButton kind="secondary">Vraag versturen</SubmitButton>
    </Form>
  );
}

/** The exemption the resident claimed for the fee: waive it, or ask the fee (an order they pay). */
export function ExemptionForm({
  caseId,
  exemption,
  fee,
}: {
  caseId: string;
  exemption: string;
  fee: string;
}) {
  return (
    <Form
      action={judgeExemptionAction}
      schema={exemptionSchema}
      label="Vrijstelling beoordelen"
      success={() => "Beslissing over de vrijstelling bewaard; de aanvrager kreeg een e-mail."}
    >
      <input type="hidden" name="caseId" value={caseId} />
      <p className="mb-3">
        Gevraagde vrijstelling: <strong>{exemption}</strong>. Kostprijs zonder vrijstelling: {fee}.
      </p>
      <div className="flex flex-wrap gap-3">
        <SubmitButton name="verdict" value="accept">
          Vrijstelling aanvaarden
        </SubmitButton>
        <SubmitButton name="verdict" value="refuse" kind="secondary">
          Niet aanvaarden: {fee} vragen
        </SubmitButton>
      </div>
    </Form>
  );
}
