"use client";
// The roles of one staff member, as a checkbox group: saving sets exactly the ticked roles.
import { CheckboxGroup, Form, SubmitButton } from "@/components/ui/form";
import type { StaffRole } from "@/generated/prisma/enums";
import { staffRoleOptions } from "@/lib/staff/role-options";
import { setStaffRolesAction } from "@/lib/staff/actions";
import { staffRolesSchema } from "@/lib/staff/schema";

export function StaffRolesForm({ userId, roles }: { userId: string; roles: StaffRole[] }) {
  return (
    <Form
      action={setStaffRolesAction}
      schema={staffRolesSchema}
      label="Rollen"
      keepValues
      valuesAfter={(saved) => ({ roles: saved.roles })}
      success={(saved) =>
        saved.signedOut === null
          ? "De rollen zijn bewaard. Ze gelden vanaf het volgende scherm dat de medewerker opent."
          : `Alle rollen zijn afgenomen en de medewerker is overal afgemeld (${saved.signedOut} ${saved.signedOut === 1 ? "sessie" : "sessies"} beëindigd).`
      }
    >
      <input type="hidden" name="userId" value={userId} />
      <CheckboxGroup
        name="roles"
        legend="Rollen"
        hint="Een rol geeft toegang tot de onderdelen van het beheer die erbij horen. Geen enkele rol aangevinkt: de toegang wordt ingetrokken en de medewerker wordt overal afgemeld."
        options={staffRoleOptions()}
        defaultValue={roles}
      />
      <SubmitButton>Rollen bewaren</SubmitButton>
    </Form>
  );
}
