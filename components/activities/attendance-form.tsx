"use client";
// Presence per day on a session's participant list: one group of checkboxes per day, the children
// in the same order in each. On a phone the days stack (a list per day); on a wide screen they
// stand side by side, so the groups read as a grid of children × days. One post saves it all.
import { CheckboxGroup, Form, HiddenField, SubmitButton } from "@/components/ui/form";
import { saveAttendanceAction } from "@/lib/activities/staff-actions";
import { attendanceSchema } from "@/lib/activities/schema";

type Props = {
  sessionId: string;
  days: { key: string; label: string }[];
  participants: { id: string; name: string }[];
  present: Record<string, string[]>;
};

export function AttendanceForm({ sessionId, days, participants, present }: Props) {
  return (
    <Form
      action={saveAttendanceAction}
      schema={attendanceSchema}
      label="Aanwezigheden per dag"
      defaultValues={{ sessionId, days: present }}
      keepValues
      success={(data) =>
        `Bewaard: ${data.present} aanwezigheden. Ze tellen mee voor het fiscaal attest kinderopvang.`
      }
    >
      <HiddenField name="sessionId" />
      <div className="grid gap-x-6 gap-y-4 sm:grid-cols-2 lg:grid-cols-5">
        {days.map((day) => (
          <CheckboxGroup
            key={day.key}
            name={`days.${day.key}`}
            legend={day.label}
            defaultValue={present[day.key] ?? []}
            options={participants.map((c) => ({ value: c.id, label: c.name }))}
          />
        ))}
      </div>
      <SubmitButton>Aanwezigheden bewaren</SubmitButton>
    </Form>
  );
}
