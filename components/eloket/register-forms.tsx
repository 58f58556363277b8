"use client";
// The population register on a staff case page: ask for the applicant's household (the answer is
// shown in this form's result and kept nowhere), and, for a product issued from the register while
// the case is open, issue the attest from the register. Both work without JavaScript.
import { Form, SubmitButton } from "@/components/ui/form";
import type { HouseholdLookup } from "@/lib/eloket/commands/register-lookup";
import { issueAttestFromRegisterAction, lookupHouseholdAction } from "@/lib/eloket/register-actions";
import { registerIssueSchema, registerLookupSchema } from "@/lib/cases/schema";
import { registerMessages } from "@/lib/eloket/messages";

export function HouseholdLookupForm({ caseId }: { caseId: string }) {
  return (
    <Form
      action={lookupHouseholdAction}
      schema={registerLookupSchema}
      label="Gezin opvragen"
      keepValues
      success={(data) => <HouseholdAnswer answer={data} />}
    >
      <input type="hidden" name="caseId" value={caseId} />
      <SubmitButton kind="secondary">Gezin opvragen in het bevolkingsregister</SubmitButton>
    </Form>
  );
}

function HouseholdAnswer({ answer }: { answer: HouseholdLookup }) {
  return (
    <div className="space-y-2">
      <p className="font-semibold">Gezin volgens het {answer.source}</p>
      <p className="break-words">Adres: {answer.address}</p>
      <ul className="divide-y divide-brand-100">
        {answer.members.map((m, i) => (
          <li key={i} className="py-1">
            <span className="block font-semibold break-words">{m.name}</span>
            <span className="block">
              Geboren op {m.birthDate} · {m.relation}
            </span>
          </li>
        ))}
      </ul>
      <p className="text-sm">
        Rijksregisternummer {answer.nationalNumber}, opgevraagd op {answer.fetchedAt}. Dit antwoord wordt niet
        bewaard; de opvraging staat in de auditlog.
      </p>
    </div>
  );
}

export function IssueFromRegisterForm({ caseId, status }: { caseId: string; status: string }) {
  return (
    <Form
      action={issueAttestFromRegisterAction}
      schema={registerIssueSchema}
      label="Attest uit het bevolkingsregister"
      success={() => registerMessages.issued}
    >
      <input type="hidden" name="caseId" value={caseId} />
      <input type="hidden" name="seen" value={status} />
      <p>
        Het loket vraagt het gezin opnieuw op, keurt de aanvraag goed met het attest uit dat antwoord en
        verwittigt de aanvrager. Jij staat als beslisser in de historiek.
      </p>
      <SubmitButton>Attest uitreiken uit het bevolkingsregister</SubmitButton>
    </Form>
  );
}
