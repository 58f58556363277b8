"use client";
// Adding or changing a household member: name and birth date, and what activities need (school
// year, medical and dietary notes, who may pick up, photo consent). Editing posts the member's id.
import { Checkbox, DateField, Form, Select, SubmitButton, TextArea, TextField } from "@/components/ui/form";
import type { FormValues } from "@/lib/forms/form-data";
import { SCHOOL_YEARS } from "@/lib/activities/labels";
import type { ActionResult } from "@/lib/actions/result";
import { householdMemberSchema, householdMemberUpdateSchema } from "@/lib/residents/schema";

type Action = (
  prev: ActionResult<{ firstName: string }> | null,
  data: FormData,
) => Promise<ActionResult<{ firstName: string }>>;

export type MemberValues = {
  id: string;
  firstName: string;
  lastName: string;
  birthDate: Date;
  schoolYear: number | null;
  medicalNotes: string | null;
  dietNotes: string | null;
  pickupBy: string | null;
  photoConsent: boolean;
  severeDisability: boolean;
};

function valuesOf(m: MemberValues): FormValues {
  return {
    firstName: m.firstName,
    lastName: m.lastName,
    birthDate: m.birthDate.toISOString().slice(0, 10),
    schoolYear: m.schoolYear === null ? "" : String(m.schoolYear),
    medicalNotes: m.medicalNotes ?? "",
    dietNotes: m.dietNotes ?? "",
    pickupBy: m.pickupBy ?? "",
    ...(m.photoConsent ? { photoConsent: "on" } : {}),
    ...(m.severeDisability ? { severeDisability: "on" } : {}),
  };
}

export function HouseholdMemberForm({
  action,
  residentId,
  member,
}: {
  action: Action;
  residentId?: string;
  member?: MemberValues;
}) {
  const submit = member ? "Gegevens bewaren" : "Gezinslid toevoegen";
  return (
    <Form
      action={action}
      schema={member ? householdMemberUpdateSchema : householdMemberSchema}
      label={member ? `Gegevens van ${member.firstName}` : "Gezinslid toevoegen"}
      defaultValues={member ? valuesOf(member) : undefined}
      keepValues={Boolean(member)}
      success={(d) =>
        member ? `De gegevens van ${d.firstName} zijn bewaard.` : `${d.firstName} is toegevoegd.`
      }
    >
      {residentId && <input type="hidden" name="residentId" value={residentId} />}
      {member && <input type="hidden" name="id" value={member.id} />}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="Voornaam" name="firstName" autoComplete="off" />
        <TextField label="Achternaam" name="lastName" autoComplete="off" />
      </div>
      <DateField
        label="Geboortedatum"
        name="birthDate"
        hint="Nodig om te zien voor welke activiteiten iemand oud genoeg is."
      />
      <Select
        label="Schooljaar (september tot juni)"
        name="schoolYear"
        optional
        placeholder="Niet van toepassing"
        options={SCHOOL_YEARS.map((y) => ({ value: String(y.value), label: y.label }))}
      />
      <TextArea
        label="Medische gegevens"
        name="medicalNotes"
        optional
        rows={3}
        hint="Allergieën, medicatie, aandachtspunten. Alleen de begeleiding van een activiteit waarvoor dit kind ingeschreven is ziet dit; we wissen het na de activiteit."
      />
      <TextArea label="Dieet" name="dietNotes" optional rows={2} />
      <TextField
        label="Wie mag het kind ophalen?"
        name="pickupBy"
        optional
        hint="Naam en relatie, bijvoorbeeld: oma Rita Claeys."
      />
      <Checkbox name="photoConsent" label="Foto's van dit kind tijdens activiteiten mogen gebruikt worden" />
      <Checkbox
        name="severeDisability"
        label="Dit kind heeft een erkende ernstige handicap"
        hint="Dan telt de opvang voor het fiscaal attest kinderopvang tot 21 jaar in plaats van tot 14 jaar."
      />
      <SubmitButton>{submit}</SubmitButton>
    </Form>
  );
}
