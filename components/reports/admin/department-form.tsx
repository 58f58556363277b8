"use client";
// Create or edit a department reports are routed to: its name and the address that gets them.
import { Form, SubmitButton, TextField } from "@/components/ui/form";
import { saveDepartmentAction } from "@/lib/reports/catalogue-actions";
import { departmentSchema } from "@/lib/reports/catalogue-schema";

export function DepartmentForm({ department }: { department?: { id: string; name: string; email: string } }) {
  return (
    <Form
      action={saveDepartmentAction}
      schema={departmentSchema}
      label={department ? `Dienst ${department.name}` : "Nieuwe dienst"}
      className="grid items-start gap-4 sm:grid-cols-[1fr_1fr_auto]"
      keepValues={Boolean(department)}
      success={() => (department ? "Bewaard." : "De dienst is toegevoegd.")}
    >
      {department && <input type="hidden" name="id" value={department.id} />}
      <TextField label="Naam" name="name" defaultValue={department?.name} maxLength={120} />
      <TextField label="E-mailadres" name="email" type="email" defaultValue={department?.email} />
      <div className="sm:pt-7">
        <SubmitButton>{department ? "Bewaren" : "Dienst toevoegen"}</SubmitButton>
      </div>
    </Form>
  );
}
